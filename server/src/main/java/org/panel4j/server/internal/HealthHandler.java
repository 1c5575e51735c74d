package org.panel4j.server.internal;

import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code GET /health} with {@code {"status":"UP","state":"ready","sessions":N,"sockets":M}} (M:
 * sessions a socket shows; {@code "node":"…"} too when the server has a node id); while the server drains,
 * 503 with {@code "status":"DRAINING","state":"draining"}, so a proxy or balancer sends new pages elsewhere.
 * With an authenticator configured, the counts and node only to a signed-in user: a public health check
 * ({@code publicHealth}) reached without credentials gets {@code {"status":"UP"}} (or DRAINING).
 */
final class HealthHandler extends Handler.Abstract {

    private final SessionRegistry registry;
    private final AccessGate access;
    private final Drain drain;
    private final String node;

    HealthHandler(SessionRegistry registry, AccessGate access, Drain drain, Optional<String> nodeId) {
        this.drain = drain;
        this.node = nodeId.map(id -> ",\"node\":\"" + id + "\"").orElse(""); // ids are [a-z0-9-] only
        this.registry = registry;
        this.access = access;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"/health".equals(Request.getPathInContext(request))) {
            return false;
        }
        boolean counts = !access.configured() || AccessGate.signedIn(request) != null;
        boolean draining = drain.draining();
        String status = draining ? "DRAINING" : "UP";
        Responses.send(response, callback, draining ? 503 : 200, "application/json", counts
                ? "{\"status\":\"" + status + "\",\"state\":\"" + (draining ? "draining" : "ready") + "\"" + node
                        + ",\"sessions\":" + registry.size() + ",\"sockets\":" + registry.socketCount() + "}"
                : "{\"status\":\"" + status + "\"}");
        return true;
    }
}
