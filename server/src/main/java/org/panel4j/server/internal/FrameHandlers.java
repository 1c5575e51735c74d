package org.panel4j.server.internal;

import org.eclipse.jetty.websocket.api.WebSocketContainer;
import org.eclipse.jetty.websocket.common.JettyWebSocketFrameHandler;
import org.eclipse.jetty.websocket.common.JettyWebSocketFrameHandlerFactory;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.server.FrameHandlerFactory;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeResponse;

/**
 * Adapts each {@link SocketEndpoint} to Jetty's WebSocket API as Jetty's own server factory does,
 * except that the socket's session keeps a {@link CompletedHandshake} instead of Jetty's copy of the
 * upgrade request and response, which holds the spent HTTP connection for the socket's lifetime.
 */
final class FrameHandlers implements FrameHandlerFactory {

    private final JettyWebSocketFrameHandlerFactory jetty;

    FrameHandlers(WebSocketContainer container, WebSocketComponents components) {
        this.jetty = new JettyWebSocketFrameHandlerFactory(container, components);
    }

    @Override
    public FrameHandler newFrameHandler(Object endpoint, ServerUpgradeRequest request, ServerUpgradeResponse response) {
        JettyWebSocketFrameHandler handler = jetty.newJettyFrameHandler(endpoint);
        CompletedHandshake handshake = CompletedHandshake.of(request.isSecure());
        handler.setUpgradeRequest(handshake);
        handler.setUpgradeResponse(handshake);
        return handler;
    }
}
