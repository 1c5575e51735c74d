package org.panel4j.server;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Authenticator} sees of a page request or socket upgrade.
 *
 * @param path          the request path
 * @param headers       header name (lower case) to its first value
 * @param remoteAddress the client's address as the session limits count it: the socket's peer, or behind a
 *                      configured trusted proxy the forwarded client; an IPv6 client as its /64 prefix
 * @param query         the raw query string (still percent-encoded), empty if none
 */
public record AuthRequest(String path, Map<String, String> headers, String remoteAddress, String query) {

    /** Validates and copies the fields. */
    public AuthRequest {
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(query, "query");
    }

    /** A request without a query string. */
    public AuthRequest(String path, Map<String, String> headers, String remoteAddress) {
        this(path, headers, remoteAddress, "");
    }

    /** The header {@code name} (any case), if present. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
