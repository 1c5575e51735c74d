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
import org.panel4j.server.Limits;
import org.panel4j.session.ClientText;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before the upgrade, whether a socket may open for one app: the Origin must be allowed
 * and the token valid for a live session of that app; otherwise 403. An expired token still
 * reconnects a session that has connected before and is within its grace period.
 */
final class UpgradeGate implements WebSocketCreator {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeGate.class);

    private final String appPath;
    private final OriginPolicy origins;
    private final TokenSigner signer;
    private final SessionRegistry registry;
    private final ProtocolEncoder encoder;
    private final ProtocolDecoder decoder;
    private final Duration writeTimeout;
    private final AccessGate access;
    private final Limits limits;
    private final LogThrottle logs = new LogThrottle();

    UpgradeGate(String appPath, OriginPolicy origins, TokenSigner signer, SessionRegistry registry,
                ProtocolEncoder encoder, ProtocolDecoder decoder, Duration writeTimeout, AccessGate access,
                Limits limits) {
        this.access = access;
        this.limits = limits;
        this.appPath = appPath;
        this.origins = origins;
        this.signer = signer;
        this.registry = registry;
        this.encoder = encoder;
        this.decoder = decoder;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public @Nullable Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (!origins.allows(origin, request.isSecure(), request.getHeaders().get(HttpHeader.HOST))) {
            return refuse(request, response, callback, "origin not allowed: " + ClientText.bounded(origin));
        }
        AccessGate.Verdict verdict = access.check(request, appPath);
        if (!verdict.allowed()) {
            return refuse(request, response, callback, verdict.why());
        }
        String token = TokenlessRequest.token(request);
        Optional<LiveSession> live = token == null ? Optional.empty()
                : signer.verify(token, System.currentTimeMillis()).flatMap(this::admit);
        if (live.isEmpty()) {
            return refuse(request, response, callback, "missing, forged or expired token");
        }
        if (!sameUser(live.get().session.principal().orElse(null), verdict.user())) {
            return refuse(request, response, callback, "the token belongs to another user's page");
        }
        response.setExtensions(List.of()); // no permessage-deflate: inflated size would escape the limits
        return new SocketEndpoint(live.get(), registry, encoder, decoder, writeTimeout, limits);
    }

    private Optional<LiveSession> admit(TokenSigner.Claim claim) {
        return registry.find(claim.sessionId())
                .filter(live -> live.appPath.equals(appPath) && !live.session.isDestroyed())
                .filter(live -> !claim.expired() || everConnected(live));
    }

    private static boolean sameUser(@Nullable Principal owner, @Nullable Principal user) {
        return owner == null ? user == null : user != null && owner.getName().equals(user.getName());
    }

    private static boolean everConnected(LiveSession live) {
        live.lock.lock();
        try {
            return live.everConnected;
        } finally {
            live.lock.unlock();
        }
    }

    private @Nullable Object refuse(Request request, Response response, Callback callback, String why) {
        logs.log("refused", more -> LOG.info("WebSocket refused on {}: {}{}", PageHandler.wsPath(appPath),
                ClientText.bounded(why, 200), LogThrottle.more(more)));
        Response.writeError(request, response, callback, 403, "Forbidden");
        return null;
    }
}
