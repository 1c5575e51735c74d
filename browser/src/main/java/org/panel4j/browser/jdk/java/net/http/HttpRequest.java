package org.panel4j.browser.jdk.java.net.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code java.net.http.HttpRequest} for the page: an http(s) URI, a method, headers, a timeout and a body
 * of bytes or text, checked as the JDK checks them (the same exceptions for the same mistakes).
 */
public class HttpRequest {

    /** Headers the JDK refuses to let code set; the browser sets them itself. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    /** A request body. */
    public interface BodyPublisher {

        /** Its length in bytes. */
        long contentLength();
    }

    /** Bodies from bytes or text. */
    public static final class BodyPublishers {

        private BodyPublishers() {}

        /** {@code body} as UTF-8. */
        public static BodyPublisher ofString(String body) {
            return ofString(body, StandardCharsets.UTF_8);
        }

        /** {@code body} in {@code charset}. */
        public static BodyPublisher ofString(String body, Charset charset) {
            return new Bytes(body.getBytes(charset));
        }

        /** {@code body}, copied. */
        public static BodyPublisher ofByteArray(byte[] body) {
            return new Bytes(body.clone());
        }

        /** {@code length} bytes of {@code body} from {@code offset}, copied. */
        public static BodyPublisher ofByteArray(byte[] body, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, body.length);
            byte[] copy = new byte[length];
            System.arraycopy(body, offset, copy, 0, length);
            return new Bytes(copy);
        }

        /** No body. */
        public static BodyPublisher noBody() {
            return new Bytes(new byte[0]);
        }
    }

    /** A body the page sends: its bytes. */
    record Bytes(byte[] bytes) implements BodyPublisher {

        @Override
        public long contentLength() {
            return bytes.length;
        }
    }

    /** Builds a request. */
    public interface Builder {

        /** The request's URI: absolute, http or https. */
        Builder uri(URI uri);

        /** Adds a header value. */
        Builder header(String name, String value);

        /** Adds header values: name, value, name, value… */
        Builder headers(String... headers);

        /** Sets a header to one value. */
        Builder setHeader(String name, String value);

        /** The timeout of the whole exchange. */
        Builder timeout(Duration duration);

        /** GET (the default). */
        Builder GET();

        /** POST with {@code body}. */
        Builder POST(BodyPublisher body);

        /** PUT with {@code body}. */
        Builder PUT(BodyPublisher body);

        /** DELETE. */
        Builder DELETE();

        /** HEAD. */
        Builder HEAD();

        /** Any method with {@code body}. */
        Builder method(String method, BodyPublisher body);

        /** Asked for; the browser chooses. */
        Builder version(HttpClient.Version version);

        /** A builder with this one's settings. */
        Builder copy();

        /** The request. @throws IllegalStateException if no URI was set */
        HttpRequest build();
    }

    private final URI uri;
    private final String method;
    private final HttpHeaders headers;
    private final Optional<Duration> timeout;
    private final Optional<BodyPublisher> body;
    private final Optional<HttpClient.Version> version;

    private HttpRequest(RequestBuilder built) {
        this.uri = built.uri;
        this.method = built.method;
        this.headers = HttpHeaders.of(built.headers, (name, value) -> true);
        this.timeout = Optional.ofNullable(built.timeout);
        this.body = Optional.ofNullable(built.body);
        this.version = Optional.ofNullable(built.version);
    }

    /** A builder of a GET request. */
    public static Builder newBuilder() {
        return new RequestBuilder();
    }

    /** A builder of a GET request to {@code uri}. */
    public static Builder newBuilder(URI uri) {
        return new RequestBuilder().uri(uri);
    }

    /** The URI. */
    public URI uri() {
        return uri;
    }

    /** The method. */
    public String method() {
        return method;
    }

    /** The headers set. */
    public HttpHeaders headers() {
        return headers;
    }

    /** The timeout of the whole exchange, if set. */
    public Optional<Duration> timeout() {
        return timeout;
    }

    /** The body, if any. */
    public Optional<BodyPublisher> bodyPublisher() {
        return body;
    }

    /** The version asked for, if any. */
    public Optional<HttpClient.Version> version() {
        return version;
    }

    /** False: the browser decides. */
    public boolean expectContinue() {
        return false;
    }

    @Override
    public String toString() {
        return uri + " " + method;
    }

    private static final class RequestBuilder implements Builder {

        private URI uri;
        private String method = "GET";
        private BodyPublisher body;
        private Duration timeout;
        private HttpClient.Version version;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();

        @Override
        public Builder uri(URI uri) {
            Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme();
            if (scheme == null) {
                throw new IllegalArgumentException("URI with undefined scheme");
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("invalid URI scheme " + scheme);
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("unsupported URI " + uri);
            }
            this.uri = uri;
            return this;
        }

        @Override
        public Builder header(String name, String value) {
            check(name, value);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        @Override
        public Builder headers(String... pairs) {
            if (pairs.length == 0 || pairs.length % 2 != 0) {
                throw new IllegalArgumentException("wrong number, " + pairs.length + ", of parameters");
            }
            for (int i = 0; i < pairs.length; i += 2) {
                header(pairs[i], pairs[i + 1]);
            }
            return this;
        }

        @Override
        public Builder setHeader(String name, String value) {
            check(name, value);
            headers.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        @Override
        public Builder timeout(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("Invalid duration: " + duration);
            }
            timeout = duration;
            return this;
        }

        @Override
        public Builder GET() {
            return method("GET", null);
        }

        @Override
        public Builder POST(BodyPublisher body) {
            return method("POST", Objects.requireNonNull(body, "body"));
        }

        @Override
        public Builder PUT(BodyPublisher body) {
            return method("PUT", Objects.requireNonNull(body, "body"));
        }

        @Override
        public Builder DELETE() {
            return method("DELETE", null);
        }

        @Override
        public Builder HEAD() {
            return method("HEAD", null);
        }

        @Override
        public Builder method(String method, BodyPublisher body) {
            Objects.requireNonNull(method, "method");
            if (method.isEmpty() || !isToken(method)) {
                throw new IllegalArgumentException("illegal method \"" + method + "\"");
            }
            if (method.equals("CONNECT")) {
                throw new IllegalArgumentException("method CONNECT is not supported");
            }
            this.method = method;
            this.body = body;
            return this;
        }

        @Override
        public Builder version(HttpClient.Version version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        @Override
        public Builder copy() {
            var copy = new RequestBuilder();
            copy.uri = uri;
            copy.method = method;
            copy.body = body;
            copy.timeout = timeout;
            copy.version = version;
            headers.forEach((name, values) -> copy.headers.put(name, new ArrayList<>(values)));
            return copy;
        }

        @Override
        public HttpRequest build() {
            if (uri == null) {
                throw new IllegalStateException("uri is null");
            }
            return new HttpRequest(this);
        }

        private static void check(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isEmpty() || !isToken(name)) {
                throw new IllegalArgumentException("invalid header name: \"" + name + "\"");
            }
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("restricted header name: \"" + name + "\"");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c > 0xff) {
                    throw new IllegalArgumentException("invalid header value: \"" + value + "\"");
                }
            }
        }

        private static boolean isToken(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
