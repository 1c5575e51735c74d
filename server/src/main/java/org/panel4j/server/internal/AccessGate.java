package org.panel4j.server.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.Access;
import org.panel4j.server.AuthRequest;
import org.panel4j.server.AuthThrottledException;
import org.panel4j.server.Authenticator;
import org.panel4j.server.Authorizer;
import org.panel4j.server.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the configured authenticator and a route's authorizer on a request or socket upgrade, and
 * answers a refusal. An authenticator or authorizer that throws refuses (and is logged): failing closed;
 * one that throws {@link AuthThrottledException} refuses with its status and {@code Retry-After}.
 */
final class AccessGate {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGate.class);

    /** The request attribute under which {@link SignInHandler} leaves the user it authenticated. */
    private static final String USER = AccessGate.class.getName() + ".user";

    /**
     * The outcome: allowed (with the user, null when no authentication is configured) or refused.
     *
     * @param status     0 when allowed, else 401 (not authenticated), 403 (not authorized),
     *                   429 (too many failed sign-ins) or 503 (password checks saturated)
     * @param retryAfter seconds for the {@code Retry-After} header of a 429 or 503, else 0
     */
    record Verdict(@Nullable Principal user, int status, String why, long retryAfter) {
        Verdict(@Nullable Principal user, int status, String why) {
            this(user, status, why, 0);
        }

        boolean allowed() {
            return status == 0;
        }
    }

    private final Access access;
    private final ClientAddress addresses;

    AccessGate(Access access, ClientAddress addresses) {
        this.access = access;
        this.addresses = addresses;
    }

    /** Whether an authenticator is configured. */
    boolean configured() {
        return access.auth().isPresent();
    }

    /** Whether the route at {@code routePath} answers without credentials. */
    boolean isPublic(String routePath) {
        return access.isPublic(routePath);
    }

    /** The {@code WWW-Authenticate} value for a 401, if the authenticator has one. */
    Optional<String> challenge() {
        return access.auth().flatMap(Authenticator::challenge);
    }

    /** Who sends {@code request}: open (user null) without an authenticator, else the user or a refusal. */
    Verdict authenticate(Request request) {
        Optional<Authenticator> auth = access.auth();
        if (auth.isEmpty()) {
            return new Verdict(null, 0, "open");
        }
        try {
            Principal user = auth.get().authenticate(authRequest(request)).orElse(null);
            return user == null ? new Verdict(null, 401, "not authenticated") : new Verdict(user, 0, "authenticated");
        } catch (AuthThrottledException e) {
            return new Verdict(null, e.status(), e.getMessage(), e.retryAfterSeconds());
        } catch (Exception e) {
            LOG.error("The authenticator failed; refusing", e);
            return new Verdict(null, 401, "authenticator failed");
        }
    }

    /** Marks {@code request} as sent by {@code user}, so that later checks on it do not authenticate again. */
    static void signIn(Request request, Principal user) {
        request.setAttribute(USER, user);
    }

    /** The user {@link #signIn} left on {@code request}, if any. */
    static @Nullable Principal signedIn(Request request) {
        return request.getAttribute(USER) instanceof Principal user ? user : null;
    }

    /** Authenticates {@code request} (once: a user signed in on it is reused) and asks the authorizer of {@code routePath}. */
    Verdict check(Request request, String routePath) {
        Principal known = signedIn(request);
        Verdict who = known != null ? new Verdict(known, 0, "authenticated") : authenticate(request);
        Principal user = who.user();
        if (!who.allowed() || user == null) {
            return who;
        }
        Authorizer rule = access.authorizers().get(routePath);
        try {
            if (rule != null && !rule.allows(user)) {
                return new Verdict(user, 403, "user '" + user.getName() + "' not authorized for " + routePath);
            }
        } catch (Exception e) {
            LOG.error("The authorizer of {} failed; refusing", routePath, e);
            return new Verdict(user, 403, "authorizer failed");
        }
        return who;
    }

    /** Answers a refused request: its status, a sentence naming no path, the challenge on 401, {@code Retry-After} on 429 and 503. */
    void refuse(Verdict verdict, Response response, Callback callback) {
        String text = switch (verdict.status()) {
            case 401 -> "Please sign in.";
            case 403 -> "You may not open this page.";
            default -> verdict.why();
        };
        if (verdict.status() == 401) {
            challenge().ifPresent(c -> response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, c));
        }
        if (verdict.retryAfter() > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, verdict.retryAfter());
        }
        Responses.send(response, callback, verdict.status(), "text/plain; charset=utf-8", text);
    }

    /**
     * The authenticator's own answer to {@code request}, which did not authenticate (e.g. a redirect to
     * sign in); empty for a 401. An authenticator that throws gets none (logged).
     */
    Optional<HttpResponse> unauthenticated(Request request) {
        Optional<Authenticator> auth = access.auth();
        if (auth.isEmpty()) {
            return Optional.empty();
        }
        try {
            return auth.get().unauthenticated(authRequest(request));
        } catch (Exception e) {
            LOG.error("The authenticator failed to answer an unauthenticated request; refusing", e);
            return Optional.empty();
        }
    }

    private AuthRequest authRequest(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            // HTTP/2 may split the cookies over several fields: joined, as one HTTP/1.1 header has them
            headers.merge(name, field.getValue(), (first, more) -> name.equals("cookie") ? first + "; " + more : first);
        }
        String query = request.getHttpURI().getQuery();
        return new AuthRequest(Request.getPathInContext(request), headers, addresses.key(request), query == null ? "" : query);
    }
}
