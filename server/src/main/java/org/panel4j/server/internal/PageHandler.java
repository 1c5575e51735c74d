package org.panel4j.server.internal;

import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.panel4j.App;
import org.panel4j.AppSession;
import org.panel4j.session.SessionHost;
import org.panel4j.session.ClientText;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GET /{app}}: runs the app factory in a new session and writes the HTML shell with
 * the boot JSON; answers {@code GET /} with an index of the apps when no app is served there.
 */
final class PageHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(PageHandler.class);

    private final Map<String, App> apps;
    private final SessionHost host;
    private final SessionRegistry registry;
    private final TokenSigner signer;
    private final ProtocolEncoder encoder;
    private final Duration tokenTtl;
    private final AccessGate access;
    private final Admission admission;
    private final LogThrottle logs = new LogThrottle();

    PageHandler(Map<String, App> apps, SessionHost host, SessionRegistry registry, TokenSigner signer,
                ProtocolEncoder encoder, Duration tokenTtl, AccessGate access, Admission admission) {
        this.access = access;
        this.admission = admission;
        this.apps = apps;
        this.host = host;
        this.registry = registry;
        this.signer = signer;
        this.encoder = encoder;
        this.tokenTtl = tokenTtl;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!HttpMethod.GET.is(request.getMethod())) {
            return false;
        }
        String path = Request.getPathInContext(request);
        App app = apps.get(path);
        if (app == null) {
            if (!path.equals("/")) {
                return false;
            }
            Responses.send(response, callback, 200, "text/html; charset=utf-8", HtmlShell.index(apps.keySet()));
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
        String address = Request.getRemoteAddr(request);
        var refusal = admission.acquire(address);
        if (refusal.isPresent()) {
            // one line a second at most: a client (or many) retrying must not flood the log
            logs.log("refused " + refusal.get().status(), more -> LOG.info("Page {} refused for {} ({}): {}{}", path,
                    address, refusal.get().status(), refusal.get().message(), LogThrottle.more(more)));
            Responses.send(response, callback, refusal.get().status(), "text/plain; charset=utf-8", refusal.get().message());
            return true;
        }
        AppSession opened;
        try {
            opened = AppSession.open(app, host, verdict.user());
            opened.session().onDestroyed(ended -> admission.release(address));
        } catch (RuntimeException e) {
            admission.release(address);
            LOG.error("The app at {} failed to build its view", path, e);
            Responses.send(response, callback, 500, "text/plain; charset=utf-8", "The app failed to start; see the server log.");
            return true;
        }
        // one shared copy of a configured app path, not this request's, for as long as the session lives
        LiveSession live = registry.add(opened.session(), path.intern());
        String token = signer.sign(live.id(), System.currentTimeMillis() + tokenTtl.toMillis());
        String boot = encoder.boot(token, live.csrf, wsPath(path));
        response.getHeaders().put("Content-Security-Policy", HtmlShell.CSP);
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        Responses.send(response, callback, 200, "text/html; charset=utf-8", HtmlShell.page(title(path), boot));
        return true;
    }

    /** The WebSocket path of the app at {@code appPath}. */
    static String wsPath(String appPath) {
        return appPath.equals("/") ? "/ws" : appPath + "/ws";
    }

    private static String title(String path) {
        return path.equals("/") ? "panel4j" : path.substring(1) + " · panel4j";
    }
}
