package org.panel4j.server.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.panel4j.App;
import org.panel4j.DescribedApp;
import org.panel4j.session.ClientText;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GET /{app}} with the HTML shell and its boot JSON: a signed page token and the page's
 * CSRF secret. It keeps no state, runs no app code and takes no slot: the session starts when the
 * page's socket connects (see {@link SessionStarter}). Answers {@code GET /} with an index of the apps
 * when no app is served there.
 * {@code HEAD} answers the same status and headers without a body (Jetty sends none).
 */
final class PageHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(PageHandler.class);

    private final Map<String, App> apps;
    private final TokenSigner signer;
    private final ProtocolEncoder encoder;
    private final Duration tokenTtl;
    private final Duration grace;
    private final AccessGate access;
    private final Admission admission;
    private final ClientAddress addresses;
    private final LogThrottle logs = new LogThrottle();
    private final Drain drain;
    private final String socketQuery;

    PageHandler(Map<String, App> apps, TokenSigner signer, ProtocolEncoder encoder, Duration tokenTtl,
                Duration grace, AccessGate access, Admission admission, ClientAddress addresses, Drain drain,
                Optional<String> nodeId) {
        this.drain = drain;
        // the proxy routes the socket to this node by it (docs/deploy.md); ids are [a-z0-9-] only
        this.socketQuery = nodeId.map(id -> "?node=" + id).orElse("");
        this.grace = grace;
        this.access = access;
        this.admission = admission;
        this.addresses = addresses;
        this.apps = apps;
        this.signer = signer;
        this.encoder = encoder;
        this.tokenTtl = tokenTtl;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        // HEAD goes the same way: a page request is stateless, and Jetty sends no body for it
        if (!HttpMethod.HEAD.is(request.getMethod()) && !HttpMethod.GET.is(request.getMethod())) {
            return false;
        }
        String path = Request.getPathInContext(request);
        App app = apps.get(path);
        if (app == null) {
            if (!path.equals("/")) {
                return false;
            }
            // only the apps this user may open (all of them without authorizers)
            var mayOpen = apps.entrySet().stream().filter(entry -> access.check(request, entry.getKey()).allowed())
                    .map(entry -> new HtmlShell.Listed(entry.getKey(), title(entry.getKey(), entry.getValue()),
                            entry.getValue() instanceof DescribedApp described ? described.description() : ""))
                    .toList();
            Responses.send(response, callback, 200, "text/html; charset=utf-8", HtmlShell.index(mayOpen));
            return true;
        }
        AccessGate.Verdict verdict = access.check(request, path);
        if (!verdict.allowed()) {
            logs.log("refused " + verdict.status(), more -> LOG.info("Page {} refused ({}): {}{}", path,
                    verdict.status(), ClientText.bounded(verdict.why(), 200), LogThrottle.more(more)));
            if (verdict.status() == 401) {
                access.challenge().ifPresent(c -> response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, c));
            }
            Responses.send(response, callback, verdict.status(), "text/plain; charset=utf-8",
                    verdict.status() == 401 ? "Please sign in." : "You may not open this app.");
            return true;
        }
        if (drain.draining()) {
            // the proxy sends the request to another node (proxy_next_upstream http_503, docs/deploy.md)
            Responses.send(response, callback, 503, "text/plain; charset=utf-8", "This server is restarting; try again.");
            return true;
        }
        // a page the socket would be refused anyway says so now; it takes no slot either way
        String address = addresses.key(request);
        var refusal = admission.check(address);
        if (refusal.isPresent()) {
            // one line a second at most: a client (or many) retrying must not flood the log
            logs.log("refused " + refusal.get().status(), more -> LOG.info("Page {} refused for {} ({}): {}{}", path,
                    address, refusal.get().status(), refusal.get().message(), LogThrottle.more(more)));
            Responses.send(response, callback, refusal.get().status(), "text/plain; charset=utf-8", refusal.get().message());
            return true;
        }
        String pageId = TokenSigner.newPageId();
        String token = signer.page(path, pageId, System.currentTimeMillis() + tokenTtl.toMillis(),
                signer.userTag(verdict.user()));
        String boot = encoder.boot(token, signer.csrf(pageId), wsPath(path) + socketQuery, grace);
        Responses.send(response, callback, 200, "text/html; charset=utf-8", HtmlShell.page(title(path, app), boot));
        return true;
    }

    /** The WebSocket path of the app at {@code appPath}. */
    static String wsPath(String appPath) {
        return appPath.equals("/") ? "/ws" : appPath + "/ws";
    }

    /** The app's own title ({@link App#describedAs}), or one made from its path. */
    private static String title(String path, App app) {
        if (app instanceof DescribedApp described) {
            return described.title();
        }
        return path.equals("/") ? "panel4j" : path.substring(1) + " · panel4j";
    }
}
