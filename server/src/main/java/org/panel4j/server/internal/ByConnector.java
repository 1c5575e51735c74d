package org.panel4j.server.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends a request that came in on one connector (the metrics port) to its own handler and every other
 * request to the main one, so the two ports share no route: a page is never served on the metrics port,
 * and {@code /metrics} on the main port only behind the authenticator (docs/deploy.md, "Metrics").
 */
final class ByConnector extends Handler.Sequence {

    private final Connector connector;
    private final Handler own;
    private final Handler main;

    ByConnector(Connector connector, Handler own, Handler main) {
        super(own, main); // both started and stopped with the server
        this.connector = connector;
        this.own = own;
        this.main = main;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return request.getConnectionMetaData().getConnector() == connector
                ? own.handle(request, response, callback)
                : main.handle(request, response, callback);
    }
}
