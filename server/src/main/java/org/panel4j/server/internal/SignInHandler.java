package org.panel4j.server.internal;

import java.security.Principal;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.panel4j.server.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With an authenticator configured, lets a request reach the routes behind it (static files, the
 * index, {@code /health}, handler routes, pages) only once it is authenticated; the user is left on
 * the request for the route. A public route (see {@code ServerConfig.Builder.publicHandler} and
 * {@code publicHealth}) is answered without credentials, with the user if valid ones came anyway.
 * A refusal names no path; a GET the authenticator answers itself ({@code Authenticator.unauthenticated},
 * e.g. a redirect to sign in) gets that answer instead of the 401. Socket upgrades do not come here:
 * {@link UpgradeGate} checks them.
 */
final class SignInHandler extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(SignInHandler.class);
    private static final String HEALTH = "/health";
    private static final int LOGGED_PATH = 100;

    private final AccessGate access;
    private final HttpRoutes handlers;

    /** Guards {@code routes}; {@code handlers} (among them) tells which route answers a path. */
    SignInHandler(AccessGate access, HttpRoutes handlers, Handler routes) {
        super(routes);
        this.access = access;
        this.handlers = handlers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!access.configured()) {
            return super.handle(request, response, callback);
        }
        String path = Request.getPathInContext(request);
        String route = path.equals(HEALTH) ? HEALTH : handlers.route(path);
        boolean open = route != null && access.isPublic(route);
        if (open && !request.getHeaders().contains(HttpHeader.AUTHORIZATION)) {
            return super.handle(request, response, callback);
        }
        AccessGate.Verdict verdict = access.authenticate(request);
        Principal user = verdict.user();
        if (verdict.allowed() && user != null) {
            AccessGate.signIn(request, user);
        } else if (!open) {
            if (verdict.status() == 401 && HttpMethod.GET.is(request.getMethod())) {
                Optional<HttpResponse> answer = access.unauthenticated(request);
                if (answer.isPresent()) {
                    HttpRoutes.send(answer.get(), path, response, callback);
                    return true;
                }
            }
            if (LOG.isDebugEnabled()) {
                String shown = path.length() > LOGGED_PATH ? path.substring(0, LOGGED_PATH) + "…" : path;
                LOG.debug("Request for {} refused ({}): {}", shown, verdict.status(), verdict.why());
            }
            access.refuse(verdict, response, callback);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
