package org.panel4j.server.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Which page origins may open a WebSocket, built from the server's allowed host names and never from
 * the request's {@code Host}: http or https, an allowed host name ({@link HostPolicy}), and the
 * server's port, or for a configured name also the scheme's default port (a reverse proxy on 80 or
 * 443); plus the configured origins exactly. Compares scheme, host and port exactly (default ports
 * filled in), so {@code http://allowed.example.attacker.test} never passes for
 * {@code http://allowed.example}. A request without Origin (not a browser) passes: it cannot be a
 * cross-site request, and it still needs a valid token.
 */
public final class OriginPolicy {

    private final HostPolicy hosts;
    private final List<Key> configured;
    private final IntSupplier port;

    /**
     * A policy allowing pages at {@code hosts}' names on the port {@code port} reads (once the server
     * listens), and exactly {@code origins} (scheme://host[:port]).
     */
    OriginPolicy(HostPolicy hosts, List<String> origins, IntSupplier port) {
        this.hosts = hosts;
        this.port = port;
        this.configured = origins.stream().map(o -> parse(o).orElseThrow(
                () -> new IllegalArgumentException("not an origin: " + o))).toList();
    }

    /** Whether a socket from {@code origin} (the Origin header, null if absent) may open. */
    public boolean allows(@Nullable String origin) {
        if (origin == null) {
            return true;
        }
        Optional<Key> key = parse(origin);
        if (key.isEmpty()) {
            return false;
        }
        Key k = key.get();
        if (configured.contains(k)) {
            return true;
        }
        if (k.port() == port.getAsInt() && hosts.allows(k.host())) {
            return true;
        }
        return k.port() == defaultPort(k.scheme()) && hosts.isConfigured(k.host());
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static Optional<Key> parse(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
            return HostPolicy.canonical(uri.getHost()).map(host -> new Key(scheme, host, port));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record Key(String scheme, String host, int port) {}
}
