package org.panel4j.server.internal;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.core.server.WebSocketCreator;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.server.Limits;
import org.panel4j.session.ClientText;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before the upgrade, whether a socket may open for one app: the Origin must be allowed and
 * the token valid; otherwise 403. A page token (unexpired, of this app and user, never used) starts
 * the page's session, within the limits (429, 503); a reconnect token must be the newest one the
 * session handed out. See docs/decisions/0012-stateless-pages-and-reconnect-tokens.md.
 */
final class UpgradeGate implements WebSocketCreator {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeGate.class);

    private final String appPath;
    private final App app;
    private final OriginPolicy origins;
    private final TokenSigner signer;
    private final SessionRegistry registry;
    private final SessionStarter starter;
    private final ClientAddress addresses;
    private final ProtocolEncoder encoder;
    private final ProtocolDecoder decoder;
    private final Duration writeTimeout;
    private final AccessGate access;
    private final Limits limits;
    private final LogThrottle logs = new LogThrottle();

    UpgradeGate(String appPath, App app, OriginPolicy origins, TokenSigner signer, SessionRegistry registry,
                SessionStarter starter, ClientAddress addresses, ProtocolEncoder encoder, ProtocolDecoder decoder,
                Duration writeTimeout, AccessGate access, Limits limits) {
        this.access = access;
        this.limits = limits;
        this.appPath = appPath;
        this.app = app;
        this.origins = origins;
        this.signer = signer;
        this.registry = registry;
        this.starter = starter;
        this.addresses = addresses;
        this.encoder = encoder;
        this.decoder = decoder;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public @Nullable Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (!origins.allows(origin)) {
            return refuse(request, response, callback, 403, "origin not allowed: " + ClientText.bounded(origin));
        }
        AccessGate.Verdict verdict = access.check(request, appPath);
        if (!verdict.allowed()) {
            return refuse(request, response, callback, 403, verdict.why());
        }
        String token = TokenlessRequest.token(request);
        Optional<TokenSigner.Claim> claim = token == null ? Optional.empty() : signer.verify(token);
        if (claim.isEmpty()) {
            return refuse(request, response, callback, 403, "missing or forged token");
        }
        LiveSession live;
        switch (claim.get()) {
            case TokenSigner.PageClaim page -> {
                long now = System.currentTimeMillis();
                if (!page.appPath().equals(appPath)) {
                    return refuse(request, response, callback, 403, "the token is another app's");
                }
                if (now > page.expiryMillis()) {
                    return refuse(request, response, callback, 403, "the page token has expired");
                }
                if (!page.userTag().equals(signer.userTag(verdict.user()))) {
                    return refuse(request, response, callback, 403, "the token belongs to another user's page");
                }
                SessionStarter.Outcome started = starter.start(app, appPath, page, addresses.key(request), verdict.user(), now,
                        LocationQuery.parse(TokenlessRequest.takeLocation(request), decoder));
                if (started.live() == null) {
                    return refuse(request, response, callback, started.status(), started.why());
                }
                live = started.live();
            }
            case TokenSigner.ReconnectClaim again -> {
                Optional<LiveSession> found = registry.find(again.sessionId())
                        .filter(l -> l.appPath.equals(appPath) && !l.session.isDestroyed());
                if (found.isEmpty()) {
                    return refuse(request, response, callback, 403, "the session has ended");
                }
                if (!sameUser(found.get().session.principal().orElse(null), verdict.user())) {
                    return refuse(request, response, callback, 403, "the token belongs to another user's page");
                }
                if (!registry.spendReconnect(found.get(), again.generation())) {
                    return refuse(request, response, callback, 403, "not the session's newest reconnect token");
                }
                live = found.get();
            }
        }
        response.setExtensions(List.of()); // no permessage-deflate: inflated size would escape the limits
        return new SocketEndpoint(live, registry, encoder, decoder, writeTimeout, limits);
    }

    private static boolean sameUser(@Nullable Principal owner, @Nullable Principal user) {
        return owner == null ? user == null : user != null && owner.getName().equals(user.getName());
    }

    private @Nullable Object refuse(Request request, Response response, Callback callback, int status, String why) {
        logs.log("refused " + status, more -> LOG.info("WebSocket refused on {} ({}): {}{}", PageHandler.wsPath(appPath),
                status, ClientText.bounded(why, 200), LogThrottle.more(more)));
        Response.writeError(request, response, callback, status, switch (status) {
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            case 500 -> "Server Error";
            default -> "Forbidden";
        });
        return null;
    }
}
