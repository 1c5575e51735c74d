package org.panel4j.server.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which page origins may open a WebSocket: the configured allowlist, or by default only the
 * server's own origin as the request's Host names it. Compares scheme, host and port exactly
 * (default ports filled in), so {@code http://allowed.example.attacker.test} never passes for
 * {@code http://allowed.example}. A request without Origin (not a browser) passes: it cannot be
 * a cross-site request, and it still needs a valid token.
 */
public final class OriginPolicy {

    private final List<Key> allowed;

    /** A policy allowing exactly {@code origins} (scheme://host[:port]); empty means same origin. */
    public OriginPolicy(List<String> origins) {
        this.allowed = origins.stream().map(o -> parse(o).orElseThrow(
                () -> new IllegalArgumentException("not an origin: " + o))).toList();
    }

    /**
     * Whether a socket from {@code origin} may open.
     *
     * @param origin the Origin header, null if absent
     * @param secure whether the request came over TLS
     * @param host   the Host header, null if absent
     */
    public boolean allows(@Nullable String origin, boolean secure, @Nullable String host) {
        if (origin == null) {
            return true;
        }
        Optional<Key> key = parse(origin);
        if (key.isEmpty()) {
            return false;
        }
        if (!allowed.isEmpty()) {
            return allowed.contains(key.get());
        }
        return host != null && parse((secure ? "https://" : "http://") + host).equals(key);
    }

    private static Optional<Key> parse(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(new Key(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record Key(String scheme, String host, int port) {}
}
