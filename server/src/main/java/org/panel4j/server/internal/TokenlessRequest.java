package org.panel4j.server.internal;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;

/**
 * A socket's upgrade request with its query (the page or reconnect token) lifted out of the URI before the
 * handshake: Jetty keeps the request URI and its parsed query parameters for the socket's lifetime
 * (about 0.6 KiB with the token), and nothing reads them after the {@link UpgradeGate}, which takes
 * the token and, on a page's first socket, the page's URL query ({@code location}) from here.
 */
final class TokenlessRequest extends Request.Wrapper {

    private final HttpURI uri;
    private final @Nullable String token;
    private volatile @Nullable String location; // taken once, so the open socket does not keep it

    TokenlessRequest(Request request) {
        super(request);
        var query = Request.extractQueryParameters(request);
        this.token = query.getValue("token");
        this.location = query.getValue("location");
        this.uri = HttpURI.build(request.getHttpURI()).query(null).asImmutable();
    }

    /** The token the upgrade {@code request} carried, if it went through a {@link TokenlessRequest}. */
    static @Nullable String token(Request request) {
        TokenlessRequest tokenless = Request.as(request, TokenlessRequest.class);
        return tokenless == null ? null : tokenless.token;
    }

    /**
     * The page's own URL query the upgrade {@code request} carried ({@code location}), if any, and
     * forgets it; see {@link LocationQuery}.
     */
    static @Nullable String takeLocation(Request request) {
        TokenlessRequest tokenless = Request.as(request, TokenlessRequest.class);
        if (tokenless == null) {
            return null;
        }
        String location = tokenless.location;
        tokenless.location = null;
        return location;
    }

    @Override
    public HttpURI getHttpURI() {
        return uri;
    }
}
