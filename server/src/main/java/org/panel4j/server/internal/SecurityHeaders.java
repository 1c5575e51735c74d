package org.panel4j.server.internal;

import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.panel4j.server.BrowserPolicy;

/**
 * Puts the security headers on every response before any other handler runs (error pages get them
 * from {@link PlainErrorHandler}): a strict Content-Security-Policy (own scripts only; images from
 * the server, {@code data:} and the configured image sources; no framing, forms only to the server,
 * no base URL, no plugins), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy:
 * no-referrer} and {@code X-Frame-Options: DENY} for browsers without {@code frame-ancestors}.
 */
final class SecurityHeaders extends Handler.Wrapper {

    private final List<HttpField> fields;

    SecurityHeaders(BrowserPolicy policy, Handler next) {
        super(next);
        this.fields = List.of(
                new PreEncodedHttpField("Content-Security-Policy", csp(policy.imageSources())),
                new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
                new PreEncodedHttpField("Referrer-Policy", "no-referrer"),
                new PreEncodedHttpField("X-Frame-Options", "DENY"));
    }

    /** The Content-Security-Policy for pages allowed to load images from {@code imageSources} too. */
    static String csp(List<String> imageSources) {
        String images = imageSources.isEmpty() ? "" : " " + String.join(" ", imageSources);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:" + images + "; connect-src 'self'; frame-ancestors 'none'; "
                + "form-action 'self'; base-uri 'none'; object-src 'none'";
    }

    /** Puts the headers on {@code headers}, replacing any of the same names. */
    void apply(HttpFields.Mutable headers) {
        fields.forEach(headers::put);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        apply(response.getHeaders());
        return super.handle(request, response, callback);
    }
}
