package org.panel4j.browser.jdk.java.net.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code java.net.http.HttpResponse} for the page: the status, headers and body of a {@code fetch}.
 * Bodies are read whole, then handed to one of {@link BodyHandlers}' handlers; a handler of one's own
 * (the JDK's {@code BodySubscriber} flow) is not supported and fails to compile for the page.
 */
public interface HttpResponse<T> {

    /** The status code; any status is an answer. */
    int statusCode();

    /** The request sent. */
    HttpRequest request();

    /** None: redirects followed by the browser are not shown to the page. */
    Optional<HttpResponse<T>> previousResponse();

    /** The headers the browser shows the page (CORS limits a cross-origin answer's). */
    HttpHeaders headers();

    /** The body, as the handler made it. */
    T body();

    /** The URI answered, after redirects. */
    URI uri();

    /** The version asked for (the browser does not tell which it used). */
    HttpClient.Version version();

    /** What a handler knows of the answer before its body. */
    interface ResponseInfo {

        /** The status code. */
        int statusCode();

        /** The headers. */
        HttpHeaders headers();

        /** The version. */
        HttpClient.Version version();
    }

    /** Makes the body of an answer from its bytes. */
    interface BodyHandler<T> {

        /** The body of {@code bytes}, the answer's whole body. */
        T decode(ResponseInfo responseInfo, byte[] bytes);
    }

    /** The body handlers the page supports. */
    final class BodyHandlers {

        private BodyHandlers() {}

        /** The body's bytes. */
        public static BodyHandler<byte[]> ofByteArray() {
            return (info, bytes) -> bytes;
        }

        /** The body as text in the charset of its {@code Content-Type}, UTF-8 if none or unknown. */
        public static BodyHandler<String> ofString() {
            return (info, bytes) -> new String(bytes, charsetOf(info.headers()));
        }

        /** The body as text in {@code charset}. */
        public static BodyHandler<String> ofString(Charset charset) {
            Objects.requireNonNull(charset, "charset");
            return (info, bytes) -> new String(bytes, charset);
        }

        /** The body as a stream over its bytes. */
        public static BodyHandler<InputStream> ofInputStream() {
            return (info, bytes) -> new ByteArrayInputStream(bytes);
        }

        /** No body (null). */
        public static BodyHandler<Void> discarding() {
            return (info, bytes) -> null;
        }

        /** {@code value} in place of the body. */
        public static <U> BodyHandler<U> replacing(U value) {
            return (info, bytes) -> value;
        }

        private static Charset charsetOf(HttpHeaders headers) {
            String type = headers.firstValue("content-type").orElse("");
            for (String part : type.split(";")) {
                String param = part.trim();
                if (param.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = param.substring("charset=".length()).replace("\"", "").trim();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }
    }
}
