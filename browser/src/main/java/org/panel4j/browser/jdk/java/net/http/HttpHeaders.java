package org.panel4j.browser.jdk.java.net.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * {@code java.net.http.HttpHeaders} for the page: names case-insensitive (kept lower-case, as
 * {@code fetch} gives them), values in order. A cross-origin answer shows only the headers its server
 * exposes (CORS).
 */
public final class HttpHeaders {

    private final Map<String, List<String>> map;

    private HttpHeaders(Map<String, List<String>> map) {
        this.map = Collections.unmodifiableMap(map);
    }

    /** The headers of {@code headerMap} whose name and value {@code filter} accepts. */
    public static HttpHeaders of(Map<String, List<String>> headerMap, BiPredicate<String, String> filter) {
        Objects.requireNonNull(headerMap, "headerMap");
        Objects.requireNonNull(filter, "filter");
        Map<String, List<String>> kept = new TreeMap<>();
        headerMap.forEach((name, values) -> {
            String key = Objects.requireNonNull(name, "header name").toLowerCase(Locale.ROOT);
            for (String value : values) {
                if (filter.test(name, Objects.requireNonNull(value, "header value"))) {
                    kept.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
        });
        kept.replaceAll((name, values) -> List.copyOf(values));
        return new HttpHeaders(kept);
    }

    /** Every header, name to values. */
    public Map<String, List<String>> map() {
        return map;
    }

    /** The values of {@code name}, in order (none if absent). */
    public List<String> allValues(String name) {
        return map.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The first value of {@code name}. */
    public Optional<String> firstValue(String name) {
        List<String> values = allValues(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of {@code name} as a number. @throws NumberFormatException if it is not one */
    public OptionalLong firstValueAsLong(String name) {
        List<String> values = allValues(name);
        return values.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(values.get(0)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpHeaders headers && map.equals(headers.map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return "HttpHeaders " + map;
    }
}
