package org.panel4j.server;

import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A GET request handed to an {@link HttpHandler}.
 *
 * {@snippet :
 * HttpHandler whoami = request -> HttpResponse.text(200, request.user().map(Principal::getName).orElse("nobody"));
 * }
 *
 * @param path      the request path, e.g. {@code /picsum/3}
 * @param query     the query parameters, first value of each name wins; empty if none
 * @param principal the signed-in user, or null (see {@link #user()})
 */
public record HttpRequest(String path, Map<String, String> query, @Nullable Principal principal) {

    /** Validates and copies the fields. */
    public HttpRequest {
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
    }

    /** A request without a signed-in user. */
    public HttpRequest(String path, Map<String, String> query) {
        this(path, query, null);
    }

    /**
     * The user the configured {@link Authenticator} signed in; empty when none is configured, or on a
     * public route ({@link ServerConfig.Builder#publicHandler}) reached without valid credentials.
     */
    public Optional<Principal> user() {
        return Optional.ofNullable(principal);
    }
}
