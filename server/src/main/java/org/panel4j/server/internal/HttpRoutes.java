package org.panel4j.server.internal;

import java.io.OutputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
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
import org.panel4j.session.ServerState;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the user's {@link HttpHandler}s for GET requests at their prefix or below (the first prefix
 * added wins), with the signed-in user and, for a session link ({@link ServerState#sessionLink}), the page's
 * session if it is live and the same user's; a route's authorizer may refuse it (403). The response's
 * headers were checked when the handler built it ({@link HttpResponse}); a streamed body is written as it comes.
 */
final class HttpRoutes extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRoutes.class);

    private final Map<String, HttpHandler> handlers;
    private final AccessGate access;
    private final SessionHost host;

    HttpRoutes(Map<String, HttpHandler> handlers, AccessGate access, SessionHost host) {
        this.handlers = handlers;
        this.access = access;
        this.host = host;
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
        Map<String, String> query = query(request);
        String token = query.remove(ServerState.LINK_PARAMETER);
        Session session = token == null ? null : linked(token, user);
        answer(handlers.get(prefix), new HttpRequest(path, query, user, session), response, callback);
        return true;
    }

    /** The live session {@code token} names if it belongs to {@code user} (both signed out, or the same name); else null. */
    private @Nullable Session linked(String token, @Nullable Principal user) {
        Session session = host.findByLinkToken(token).orElse(null);
        if (session == null) {
            LOG.debug("A session link names no live session");
            return null;
        }
        Principal owner = session.principal().orElse(null);
        boolean same = owner == null ? user == null : user != null && owner.getName().equals(user.getName());
        if (!same) {
            LOG.info("A link of session {} came from another user; answered without the session", session.shortId());
            return null;
        }
        return session;
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
        send(answer, request.path(), response, callback);
    }

    /** Writes {@code answer} (to a request for {@code path}, named in a log if a streamed body fails). */
    static void send(HttpResponse answer, String path, Response response, Callback callback) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        answer.headers().forEach(response.getHeaders()::put); // checked by HttpResponse: no framing or security header
        if (answer.stream() == null) {
            response.write(true, java.nio.ByteBuffer.wrap(answer.body()), callback);
            return;
        }
        // not try-with-resources: closing the stream ends the body, so a failed one would look complete
        OutputStream out = Content.Sink.asOutputStream(response);
        try {
            answer.stream().writeTo(out);
            out.close();
        } catch (Exception e) {
            LOG.warn("The streamed body for {} failed: {}", ClientText.bounded(path, 200), e.toString());
            callback.failed(e);
            return;
        }
        callback.succeeded();
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
