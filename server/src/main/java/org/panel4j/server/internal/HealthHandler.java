package org.panel4j.server.internal;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code GET /health} with {@code {"status":"UP","sessions":N,"sockets":M}} (M: sessions a socket
 * shows); with an authenticator configured, the counts only to a signed-in user: a public health check
 * ({@code publicHealth}) reached without credentials gets {@code {"status":"UP"}}.
 */
final class HealthHandler extends Handler.Abstract {

    private final SessionRegistry registry;
    private final AccessGate access;

    HealthHandler(SessionRegistry registry, AccessGate access) {
        this.registry = registry;
        this.access = access;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"/health".equals(Request.getPathInContext(request))) {
            return false;
        }
        boolean counts = !access.configured() || AccessGate.signedIn(request) != null;
        Responses.send(response, callback, 200, "application/json", counts
                ? "{\"status\":\"UP\",\"sessions\":" + registry.size() + ",\"sockets\":" + registry.socketCount() + "}"
                : "{\"status\":\"UP\"}");
        return true;
    }
}
