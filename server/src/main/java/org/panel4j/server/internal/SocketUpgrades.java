package org.panel4j.server.internal;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;

/**
 * Jetty's core WebSocket upgrade handler, handing each request to a socket path over as a
 * {@link TokenlessRequest}, so that the open socket does not keep its session token. Other requests
 * pass through untouched. Paths are added before the server starts.
 */
final class SocketUpgrades extends WebSocketUpgradeHandler {

    private final Set<String> paths = new HashSet<>();

    SocketUpgrades(WebSocketComponents components) {
        super(components);
    }

    /** Upgrades requests to {@code path} with {@code negotiator}. */
    void add(String path, WebSocketNegotiator negotiator) {
        paths.add(path);
        addMapping(path, negotiator);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean socket = request.getHttpURI().getQuery() != null && paths.contains(Request.getPathInContext(request));
        return super.handle(socket ? new TokenlessRequest(request) : request, response, callback);
    }
}
