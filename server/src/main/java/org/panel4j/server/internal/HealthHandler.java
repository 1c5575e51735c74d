package org.panel4j.server.internal;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Answers {@code GET /health} with {@code {"status":"UP","sessions":N,"sockets":M}} (M: sessions a socket shows). */
final class HealthHandler extends Handler.Abstract {

    private final SessionRegistry registry;

    HealthHandler(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"/health".equals(Request.getPathInContext(request))) {
            return false;
        }
        Responses.send(response, callback, 200, "application/json",
                "{\"status\":\"UP\",\"sessions\":" + registry.size() + ",\"sockets\":" + registry.socketCount() + "}");
        return true;
    }
}
