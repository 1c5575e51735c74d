package org.panel4j.server;

import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.ServerState;
import org.panel4j.session.Session;

/**
 * A GET request handed to an {@link HttpHandler}.
 *
 * {@snippet :
 * HttpHandler whoami = request -> HttpResponse.text(200, request.user().map(Principal::getName).orElse("nobody"));
 * }
 *
 * @param path          the request path, e.g. {@code /picsum/3}
 * @param query         the query parameters, first value of each name wins; empty if none; never the
 *                      {@link ServerState#LINK_PARAMETER session link's token}
 * @param principal     the signed-in user, or null (see {@link #user()})
 * @param linkedSession the page's session the request's link names, or null (see {@link #session()})
 */
public record HttpRequest(String path, Map<String, String> query, @Nullable Principal principal,
                          @Nullable Session linkedSession) {

    /** Validates and copies the fields. */
    public HttpRequest {
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
    }

    /** A request without a page's session. */
    public HttpRequest(String path, Map<String, String> query, @Nullable Principal principal) {
        this(path, query, principal, null);
    }

    /** A request without a signed-in user. */
    public HttpRequest(String path, Map<String, String> query) {
        this(path, query, null, null);
    }

    /**
     * The user the configured {@link Authenticator} signed in; empty when none is configured, or on a
     * public route ({@link ServerConfig.Builder#publicHandler}) reached without valid credentials.
     */
    public Optional<Principal> user() {
        return Optional.ofNullable(principal);
    }

    /**
     * The page's session, when the request came through a link the app made with
     * {@link ServerState#sessionLink} for a session that is still live and belongs to the request's user
     * (both signed out, or the same name); empty otherwise (no link, an unknown or ended one, another user's).
     * The handler runs on the request's thread, not holding the session's lock: read it, or change its view
     * through {@link Session#execute}.
     */
    public Optional<Session> session() {
        return Optional.ofNullable(linkedSession);
    }
}
