package org.panel4j.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.internal.ContentDisposition;

/**
 * What an {@link HttpHandler} answers: a status, a media type, headers, and a body of bytes or
 * {@linkplain #stream streamed}.
 *
 * {@snippet :
 * HttpHandler csv = request -> HttpResponse.stream(200, "text/csv; charset=utf-8", out -> writeRows(out))
 *         .attachment("report 2026.csv")        // Content-Disposition: attachment, any file name
 *         .cacheControl("private, max-age=60"); // instead of the default no-store
 * }
 *
 * <p>Headers are checked when set: a name is an HTTP token of at most {@value #MAX_HEADER_NAME} characters,
 * a value printable ASCII (tab allowed) of at most {@value #MAX_HEADER_VALUE} characters, so no CR or LF
 * can split the response; at most {@value #MAX_HEADERS} headers of {@value #MAX_HEADERS_LENGTH} characters together. The body's framing
 * ({@code Content-Type}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection}, …) is the
 * server's, and so are its security headers ({@code Content-Security-Policy}, {@code X-Frame-Options},
 * {@code X-Content-Type-Options}, {@code Referrer-Policy}): a handler cannot set or weaken them.
 * {@code Cache-Control} is {@code no-store} unless the handler sets it.
 *
 * @param status      the HTTP status, 100 to 599
 * @param contentType the media type, e.g. {@code image/jpeg}
 * @param body        the body bytes (not copied: do not change them afterwards); empty when {@code stream} is set
 * @param headers     extra headers, checked as above
 * @param stream      writes the body instead of {@code body}, or null
 */
public record HttpResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                           @Nullable Body stream) {

    /** The most headers a response may carry. */
    public static final int MAX_HEADERS = 32;
    /** The longest header name. */
    public static final int MAX_HEADER_NAME = 64;
    /** The longest header value. */
    public static final int MAX_HEADER_VALUE = 4096;
    /** The most characters of all extra headers' names and values together (the server's own fit beside them). */
    public static final int MAX_HEADERS_LENGTH = 6144;

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VALUE = Pattern.compile("[\\t\\x20-\\x7e]*");
    private static final Set<String> SERVERS = Set.of("content-type", "content-length", "transfer-encoding",
            "connection", "keep-alive", "upgrade", "te", "trailer", "proxy-connection", "content-security-policy",
            "x-frame-options", "x-content-type-options", "referrer-policy");

    /**
     * Writes a streamed body. It runs on the request's virtual thread (blocking is fine) after the status
     * and headers went out: an exception then cuts the connection (the client sees an incomplete body)
     * and is logged.
     */
    @FunctionalInterface
    public interface Body {

        /** Writes the whole body to {@code out}; the server closes it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Validates the fields and copies the headers. */
    public HttpResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HttpResponse.status must be between 100 and 599, not " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        checkValue("Content-Type", contentType);
        Objects.requireNonNull(body, "body");
        if (stream != null && body.length > 0) {
            throw new IllegalArgumentException("HttpResponse has a body or a stream, not both");
        }
        if (headers.size() > MAX_HEADERS) {
            throw new IllegalArgumentException("HttpResponse may carry at most " + MAX_HEADERS + " headers, not "
                    + headers.size());
        }
        headers.forEach(HttpResponse::checkHeader);
        int length = headers.entrySet().stream().mapToInt(h -> h.getKey().length() + h.getValue().length()).sum();
        if (length > MAX_HEADERS_LENGTH) {
            throw new IllegalArgumentException("HttpResponse headers may take at most " + MAX_HEADERS_LENGTH
                    + " characters together, not " + length);
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A response with {@code body} and no extra headers. */
    public HttpResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of(), null);
    }

    /** A UTF-8 plain text response. */
    public static HttpResponse text(int status, String text) {
        return new HttpResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 response with {@code body} of type {@code contentType}. */
    public static HttpResponse ok(String contentType, byte[] body) {
        return new HttpResponse(200, contentType, body);
    }

    /**
     * A response whose body {@code writer} writes as it goes (chunked, never held whole in memory), e.g. a
     * large export or a file ({@code in.transferTo(out)}).
     */
    public static HttpResponse stream(int status, String contentType, Body writer) {
        return new HttpResponse(status, contentType, new byte[0], Map.of(), Objects.requireNonNull(writer, "writer"));
    }

    /**
     * A copy with header {@code name} set to {@code value}, replacing one of the same name (in any case).
     *
     * @throws IllegalArgumentException if the name or value is not allowed (see the class comment)
     */
    public HttpResponse header(String name, String value) {
        checkHeader(name, value);
        var copy = new LinkedHashMap<String, String>();
        headers.forEach((n, v) -> {
            if (!n.equalsIgnoreCase(name)) {
                copy.put(n, v);
            }
        });
        copy.put(name, value);
        return new HttpResponse(status, contentType, body, copy, stream);
    }

    /**
     * A copy that the browser saves as a file named {@code filename} (any characters: the header gets an
     * ASCII fallback and the exact name per RFC 6266/5987, so the name cannot break it).
     */
    public HttpResponse attachment(String filename) {
        return header("Content-Disposition", ContentDisposition.attachment(Objects.requireNonNull(filename, "filename")));
    }

    /** A copy with {@code Cache-Control: value}, e.g. {@code public, max-age=86400}, instead of {@code no-store}. */
    public HttpResponse cacheControl(String value) {
        return header("Cache-Control", value);
    }

    private static void checkHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.length() > MAX_HEADER_NAME || !TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException("HttpResponse header name must be an HTTP token of at most "
                    + MAX_HEADER_NAME + " characters, not '" + printable(name) + "'");
        }
        if (SERVERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("HttpResponse header " + name + " is the server's; "
                    + (name.equalsIgnoreCase("content-type") ? "give the content type instead" : "it cannot be set"));
        }
        checkValue(name, value);
    }

    private static void checkValue(String name, String value) {
        if (value.length() > MAX_HEADER_VALUE || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("HttpResponse header " + name + " must be printable ASCII of at most "
                    + MAX_HEADER_VALUE + " characters (no CR or LF), not '" + printable(value) + "'");
        }
    }

    /** {@code text} for a message: bounded, control characters shown as {@code \\uXXXX}. */
    private static String printable(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), 80); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > 80 ? out + "…" : out.toString();
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + " " + contentType + ", " + (stream != null ? "streamed" : body.length + " bytes")
                + (headers.isEmpty() ? "" : ", " + headers.keySet()) + "]";
    }
}
