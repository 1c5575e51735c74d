package org.panel4j.server;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What an {@link HttpHandler} answers.
 *
 * @param status      the HTTP status, 100 to 599
 * @param contentType the media type, e.g. {@code image/jpeg}
 * @param body        the body bytes (not copied: do not change them afterwards)
 */
public record HttpResponse(int status, String contentType, byte[] body) {

    /** Validates the fields. */
    public HttpResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HttpResponse.status must be between 100 and 599, not " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** A UTF-8 plain text response. */
    public static HttpResponse text(int status, String text) {
        return new HttpResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 response with {@code body} of type {@code contentType}. */
    public static HttpResponse ok(String contentType, byte[] body) {
        return new HttpResponse(200, contentType, body);
    }
}
