package org.panel4j.server.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.HttpHandler;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;
import org.panel4j.session.ClientText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the user's {@link HttpHandler}s for GET requests at their prefix or below (the first prefix
 * added wins), with the signed-in user; a route's authorizer may refuse it (403).
 */
final class HttpRoutes extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRoutes.class);

    private final Map<String, HttpHandler> handlers;
    private final AccessGate access;

    HttpRoutes(Map<String, HttpHandler> handlers, AccessGate access) {
        this.handlers = handlers;
        this.access = access;
    }

    /** The prefix of the route that answers {@code path}, or null if none does. */
    @Nullable String route(String path) {
        for (String prefix : handlers.keySet()) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return prefix;
            }
        }
        return null;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String prefix = route(path);
        if (prefix == null) {
            return false;
        }
        if (!HttpMethod.GET.is(request.getMethod())) {
            Responses.send(response, callback, 405, "text/plain; charset=utf-8", "Only GET is supported");
            return true;
        }
        Principal user = AccessGate.signedIn(request);
        if (!access.isPublic(prefix)) {
            AccessGate.Verdict verdict = access.check(request, prefix);
            if (!verdict.allowed()) {
                LOG.info("Route {} refused ({}): {}", prefix, verdict.status(), verdict.why());
                access.refuse(verdict, response, callback);
                return true;
            }
            user = verdict.user();
        }
        answer(handlers.get(prefix), new HttpRequest(path, query(request), user), response, callback);
        return true;
    }

    private static void answer(HttpHandler handler, HttpRequest request, Response response, Callback callback) {
        HttpResponse answer;
        try {
            answer = handler.handle(request);
            if (answer == null) {
                throw new IllegalStateException("the handler returned null");
            }
        } catch (Exception e) {
            LOG.error("The handler for {} failed", ClientText.bounded(request.path(), 200), e);
            Responses.send(response, callback, 500, "text/plain; charset=utf-8", "Internal error");
            return;
        }
        Responses.send(response, callback, answer.status(), answer.contentType(), answer.body());
    }

    private static Map<String, String> query(Request request) {
        Fields fields = Request.extractQueryParameters(request);
        var query = new LinkedHashMap<String, String>();
        for (Fields.Field field : fields) {
            query.putIfAbsent(field.getName(), field.getValue());
        }
        return query;
    }
}
