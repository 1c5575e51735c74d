package org.panel4j.server.internal;

import java.net.HttpCookie;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.websocket.api.ExtensionConfig;
import org.eclipse.jetty.websocket.api.UpgradeRequest;
import org.eclipse.jetty.websocket.api.UpgradeResponse;
import org.jspecify.annotations.Nullable;

/**
 * What an open socket keeps of its HTTP upgrade: whether it was secure, the WebSocket version, and
 * that no extension or subprotocol was accepted. Jetty's own copy of the upgrade request and response
 * keeps the HTTP connection that carried them reachable (about 4.7 KiB per socket); the sockets here
 * never read the upgrade after it (the {@link UpgradeGate} checks it), so nothing else is kept and
 * the other accessors throw. Two shared instances, no state per socket.
 */
final class CompletedHandshake implements UpgradeRequest, UpgradeResponse {

    static final CompletedHandshake SECURE = new CompletedHandshake(true);
    static final CompletedHandshake PLAIN = new CompletedHandshake(false);

    private static final String VERSION = "13"; // RFC 6455, the only version Jetty negotiates

    private final boolean secure;

    private CompletedHandshake(boolean secure) {
        this.secure = secure;
    }

    static CompletedHandshake of(boolean secure) {
        return secure ? SECURE : PLAIN;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getProtocolVersion() {
        return VERSION;
    }

    @Override
    public List<ExtensionConfig> getExtensions() {
        return List.of(); // the gate refuses every extension
    }

    @Override
    public @Nullable String getAcceptedSubProtocol() {
        return null;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of();
    }

    @Override
    public boolean hasSubProtocol(String subprotocol) {
        return false;
    }

    @Override
    public int getStatusCode() {
        return 101;
    }

    @Override
    public String getHttpVersion() {
        throw notKept();
    }

    @Override
    public String getMethod() {
        throw notKept();
    }

    @Override
    public List<HttpCookie> getCookies() {
        throw notKept();
    }

    @Override
    public String getHeader(String name) {
        throw notKept();
    }

    @Override
    public int getHeaderInt(String name) {
        throw notKept();
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        throw notKept();
    }

    @Override
    public List<String> getHeaders(String name) {
        throw notKept();
    }

    @Override
    public Set<String> getHeaderNames() {
        throw notKept();
    }

    @Override
    public String getHost() {
        throw notKept();
    }

    @Override
    public String getOrigin() {
        throw notKept();
    }

    @Override
    public Map<String, List<String>> getParameterMap() {
        throw notKept();
    }

    @Override
    public String getQueryString() {
        throw notKept();
    }

    @Override
    public URI getRequestURI() {
        throw notKept();
    }

    @Override
    public Principal getUserPrincipal() {
        throw notKept();
    }

    private static UnsupportedOperationException notKept() {
        return new UnsupportedOperationException("panel4j keeps no copy of the WebSocket upgrade request");
    }
}
