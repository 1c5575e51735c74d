package org.panel4j.server;

import java.security.Principal;
import java.util.Optional;

/**
 * Decides who sends a request. It is asked on every request the server answers (a failure gets 401
 * with {@link #challenge()}), except on public routes ({@link ServerConfig.Builder#publicHandler},
 * {@link ServerConfig.Builder#publicHealth}), and on every WebSocket upgrade (a failure, or a user
 * other than the one whose page issued the token, gets 403). The user reaches the app as
 * {@link org.panel4j.session.Session#principal()} and a handler as {@link HttpRequest#user()}. It may
 * throw {@link AuthThrottledException} to answer 429 or 503 with {@code Retry-After} instead of
 * checking; any other exception refuses (401). Must be thread-safe; may block.
 *
 * {@snippet :
 * PanelServer.create(config -> config
 *         .authenticator(BasicAuth.fromFile(Path.of("users.txt")))
 *         .app("/", session -> new StaticText("Hello " + session.principal().orElseThrow().getName())));
 * }
 */
@FunctionalInterface
public interface Authenticator {

    /** The user {@code request} authenticates, or empty if it does not (missing or wrong credentials). */
    Optional<Principal> authenticate(AuthRequest request) throws Exception;

    /** The {@code WWW-Authenticate} value sent with a 401, if any; none by default. */
    default Optional<String> challenge() {
        return Optional.empty();
    }

    /**
     * The answer to a GET request that did not authenticate, instead of the 401: e.g. a redirect to a
     * sign-in page, or a sign-in flow's own callback. Asked on every route behind the authenticator
     * (not on socket upgrades, which get 403); empty (the default) answers 401. See docs/sign-in-oidc.md.
     */
    default Optional<HttpResponse> unauthenticated(AuthRequest request) throws Exception {
        return Optional.empty();
    }
}
