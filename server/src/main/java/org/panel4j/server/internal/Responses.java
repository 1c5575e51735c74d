package org.panel4j.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Small helpers to answer a request with a complete body. */
final class Responses {

    private Responses() {}

    /** Answers {@code status} with {@code body} of {@code contentType}, not cached (security headers: {@link SecurityHeaders}). */
    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Answers {@code status} with UTF-8 {@code text} of {@code contentType}. */
    static void send(Response response, Callback callback, int status, String contentType, String text) {
        send(response, callback, status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Escapes text for an HTML text node or a quoted attribute. */
    static String escapeHtml(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
