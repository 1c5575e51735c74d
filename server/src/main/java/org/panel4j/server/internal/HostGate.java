package org.panel4j.server.internal;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, before any other handler runs (pages, the index, {@code /health}, static files, the user's
 * routes and socket upgrades), a request whose {@code Host} names a host the {@link HostPolicy} does
 * not allow (or that has none): 421 with a sentence, and one bounded INFO line, throttled
 * ({@link LogThrottle}: any client can send thousands of such requests a second).
 */
final class HostGate extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(HostGate.class);
    /** The most characters of a client-supplied value a log line shows. */
    private static final int LOGGED_CHARS = 100;

    private final HostPolicy hosts;
    private final LogThrottle logs = new LogThrottle();

    HostGate(HostPolicy hosts, Handler next) {
        super(next);
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // an absolute request URI naming another host than Host is refused by Jetty before (400)
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (hosts.allowsHostHeader(host)) {
            return super.handle(request, response, callback);
        }
        logs.log("refused", more -> LOG.info(
                "Refused {} {} (421): Host '{}' is not an allowed host name (see ServerConfig.allowedHosts){}",
                bounded(request.getMethod()), bounded(Request.getPathInContext(request)), bounded(host),
                LogThrottle.more(more)));
        Responses.send(response, callback, 421, "text/plain; charset=utf-8",
                "This server does not answer to that host name.\n");
        return true;
    }

    /** {@code value} cut to {@link #LOGGED_CHARS} characters, control characters replaced, for a log line. */
    private static String bounded(@Nullable String value) {
        if (value == null) {
            return "(none)";
        }
        String cut = value.length() > LOGGED_CHARS ? value.substring(0, LOGGED_CHARS) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
