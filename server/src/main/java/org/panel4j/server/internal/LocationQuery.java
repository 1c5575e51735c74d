package org.panel4j.server.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.ClientText;
import org.panel4j.session.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the page's own URL query, which the first socket carries as its {@code location} parameter
 * (e.g. {@code n=7&q=abc}), into name → wire value: each value as {@link ProtocolDecoder#urlValue}
 * reads it. Bounded: a query over {@link Location#MAX_QUERY_CHARS} characters or with more than
 * {@link Location#MAX_PARAMS} parameters is ignored as a whole (the app starts with its defaults);
 * so is one that is not valid percent-encoding. Of a repeated name the first counts.
 */
final class LocationQuery {

    private static final Logger LOG = LoggerFactory.getLogger(LocationQuery.class);

    private LocationQuery() {
    }

    static Map<String, Object> parse(@Nullable String query, ProtocolDecoder decoder) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        if (query.length() > Location.MAX_QUERY_CHARS) {
            LOG.info("A page's URL query of {} characters was ignored (at most {})", query.length(), Location.MAX_QUERY_CHARS);
            return Map.of();
        }
        String[] pairs = query.split("&", -1);
        if (pairs.length > Location.MAX_PARAMS) {
            LOG.info("A page's URL query of {} parameters was ignored (at most {})", pairs.length, Location.MAX_PARAMS);
            return Map.of();
        }
        var values = new LinkedHashMap<String, Object>();
        try {
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String text = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                Object value = decoder.urlValue(text);
                if (value != null) {
                    values.putIfAbsent(name, value);
                }
            }
        } catch (IllegalArgumentException e) {
            LOG.info("A page's URL query was ignored: {}", ClientText.bounded(e.getMessage()));
            return Map.of();
        }
        return values;
    }
}
