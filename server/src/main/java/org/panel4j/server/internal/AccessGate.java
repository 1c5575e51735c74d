package org.panel4j.server.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.Access;
import org.panel4j.server.AuthRequest;
import org.panel4j.server.Authenticator;
import org.panel4j.server.Authorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the configured authenticator and the app's authorizer on a page request or socket upgrade.
 * An authenticator or authorizer that throws refuses (and is logged): failing closed.
 */
final class AccessGate {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGate.class);

    /**
     * The outcome: allowed (with the user, null when no authentication is configured) or refused.
     *
     * @param status 0 when allowed, else 401 (not authenticated) or 403 (not authorized)
     */
    record Verdict(@Nullable Principal user, int status, String why) {
        boolean allowed() {
            return status == 0;
        }
    }

    private final Access access;

    AccessGate(Access access) {
        this.access = access;
    }

    /** The {@code WWW-Authenticate} value for a 401, if the authenticator has one. */
    Optional<String> challenge() {
        return access.auth().flatMap(Authenticator::challenge);
    }

    Verdict check(Request request, String appPath) {
        Optional<Authenticator> auth = access.auth();
        if (auth.isEmpty()) {
            return new Verdict(null, 0, "open");
        }
        Principal user;
        try {
            user = auth.get().authenticate(authRequest(request)).orElse(null);
        } catch (Exception e) {
            LOG.error("The authenticator failed on {}; refusing", appPath, e);
            user = null;
        }
        if (user == null) {
            return new Verdict(null, 401, "not authenticated");
        }
        Authorizer rule = access.authorizers().get(appPath);
        try {
            if (rule != null && !rule.allows(user)) {
                return new Verdict(user, 403, "user '" + user.getName() + "' not authorized for " + appPath);
            }
        } catch (Exception e) {
            LOG.error("The authorizer of {} failed; refusing", appPath, e);
            return new Verdict(user, 403, "authorizer failed");
        }
        return new Verdict(user, 0, "authenticated");
    }

    private static AuthRequest authRequest(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getValue());
        }
        return new AuthRequest(Request.getPathInContext(request), headers, Request.getRemoteAddr(request));
    }
}
