package org.panel4j.server;

import java.util.Map;
import java.util.Objects;

/**
 * A GET request handed to an {@link HttpHandler}.
 *
 * @param path  the request path, e.g. {@code /picsum/3}
 * @param query the query parameters, first value of each name wins; empty if none
 */
public record HttpRequest(String path, Map<String, String> query) {

    /** Validates and copies the fields. */
    public HttpRequest {
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
    }
}
