package org.panel4j.oidc;

import java.net.CookieHandler;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The cookies of one test browser, kept as RFC 6265 browsers do: a cookie's {@code Path} need not contain
 * the page that set it (the JDK's CookieManager, after RFC 2965, drops such a cookie), {@code Max-Age=0}
 * deletes it. Cookies are kept per host and name; attributes other than Path and Max-Age are ignored.
 */
final class CookieJar extends CookieHandler {

    private record Cookie(String value, String path) {}

    private final Map<String, Cookie> cookies = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header = cookies.entrySet().stream()
                .filter(e -> e.getKey().startsWith(uri.getAuthority() + " ") && path.startsWith(e.getValue().path()))
                .map(e -> e.getKey().substring(e.getKey().indexOf(' ') + 1) + "=" + e.getValue().value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(v -> store(uri, v));
            }
        });
    }

    private void store(URI uri, String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        String key = uri.getAuthority() + " " + parts[0].substring(0, equals).strip();
        String path = "/";
        boolean delete = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            if (attribute.regionMatches(true, 0, "Path=", 0, 5)) {
                path = attribute.substring(5);
            } else if (attribute.regionMatches(true, 0, "Max-Age=", 0, 8)) {
                delete = Long.parseLong(attribute.substring(8)) <= 0;
            }
        }
        if (delete) {
            cookies.remove(key);
        } else {
            cookies.put(key, new Cookie(parts[0].substring(equals + 1).strip(), path));
        }
    }

    /** The value of cookie {@code name} kept for any host, if any. */
    Optional<String> value(String name) {
        return cookies.entrySet().stream().filter(e -> e.getKey().endsWith(" " + name))
                .map(e -> e.getValue().value()).findFirst();
    }
}
