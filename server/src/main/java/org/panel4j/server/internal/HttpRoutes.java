package org.panel4j.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.panel4j.server.HttpHandler;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;
import org.panel4j.session.ClientText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the user's {@link HttpHandler}s for GET requests at their prefix or below. */
final class HttpRoutes extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRoutes.class);

    private final Map<String, HttpHandler> handlers;

    HttpRoutes(Map<String, HttpHandler> handlers) {
        this.handlers = handlers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        for (Map.Entry<String, HttpHandler> route : handlers.entrySet()) {
            String prefix = route.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                if (!HttpMethod.GET.is(request.getMethod())) {
                    Responses.send(response, callback, 405, "text/plain; charset=utf-8", "Only GET is supported");
                    return true;
                }
                answer(route.getValue(), new HttpRequest(path, query(request)), response, callback);
                return true;
            }
        }
        return false;
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
