package org.panel4j.browser.jdk.java.net.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code java.net.http.HttpClient} for the page (docs/browser.md, "HTTP from the page"): {@link #send}
 * runs the request through the browser's {@code fetch} and blocks the calling green thread until the
 * answer is in, while the page goes on. What the browser decides stays the browser's: CORS (a
 * cross-origin server must allow the page's origin), cookies, caching, proxies, TLS and HTTP versions.
 * No {@code sendAsync}, executor, proxy, authenticator or SSL context: code that calls them fails to
 * compile for the page, the error naming the member.
 */
public class HttpClient implements AutoCloseable {

    /** The HTTP version asked for; the browser chooses the one used. */
    public enum Version {
        /** HTTP/1.1. */
        HTTP_1_1,
        /** HTTP/2. */
        HTTP_2
    }

    /** Whether redirects are followed. */
    public enum Redirect {
        /** Never (a redirect fails: the browser hides a redirect's answer from the page). */
        NEVER,
        /** Always. */
        ALWAYS,
        /** Always, as the browser allows (it follows no redirect from https to http). */
        NORMAL
    }

    /** Builds a client. */
    public interface Builder {

        /** Kept for {@link HttpClient#connectTimeout()}; the browser has no separate connect timeout. */
        Builder connectTimeout(Duration duration);

        /** The redirect policy; {@link Redirect#NEVER} by default. */
        Builder followRedirects(Redirect policy);

        /** The version asked for; the browser chooses. */
        Builder version(Version version);

        /** The client. */
        HttpClient build();
    }

    private final Optional<Duration> connectTimeout;
    private final Redirect redirect;
    private final Version version;

    private HttpClient(Optional<Duration> connectTimeout, Redirect redirect, Version version) {
        this.connectTimeout = connectTimeout;
        this.redirect = redirect;
        this.version = version;
    }

    /** A client with the defaults: redirects not followed. */
    public static HttpClient newHttpClient() {
        return newBuilder().build();
    }

    /** A builder of a client. */
    public static Builder newBuilder() {
        return new ClientBuilder();
    }

    /** The connect timeout set on the builder (not applied: the browser has none of its own). */
    public Optional<Duration> connectTimeout() {
        return connectTimeout;
    }

    /** The redirect policy. */
    public Redirect followRedirects() {
        return redirect;
    }

    /** The version asked for. */
    public Version version() {
        return version;
    }

    /**
     * Sends {@code request} with {@code fetch}, waiting for the whole answer. Any status is an answer
     * (a 404 is a response, as on the JVM); the request's timeout covers the whole exchange.
     *
     * @throws HttpTimeoutException if the request's timeout passed first
     * @throws IOException          if the browser could not fetch: unreachable, refused, or a cross-origin
     *                              server that does not allow the page (the browser does not say which)
     * @throws InterruptedException if the calling thread is interrupted while it waits (the fetch is
     *                              aborted; not yet verified in a browser, docs/browser.md)
     */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> responseBodyHandler)
            throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(responseBodyHandler, "responseBodyHandler");
        FetchExchange.Answer answer = FetchExchange.exchange(request, redirect != Redirect.NEVER);
        HttpHeaders headers = HttpHeaders.of(answer.headers(), (name, value) -> true);
        T body = responseBodyHandler.decode(new PageResponse.Info(answer.status(), headers, version), answer.body());
        URI uri = answer.url().isEmpty() ? request.uri() : URI.create(answer.url());
        return new PageResponse<>(answer.status(), request, headers, body, uri, version);
    }

    /** Nothing to release in the page. */
    @Override
    public void close() {}

    private static final class ClientBuilder implements Builder {

        private Optional<Duration> connectTimeout = Optional.empty();
        private Redirect redirect = Redirect.NEVER;
        private Version version = Version.HTTP_2;

        @Override
        public Builder connectTimeout(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("Invalid duration: " + duration);
            }
            connectTimeout = Optional.of(duration);
            return this;
        }

        @Override
        public Builder followRedirects(Redirect policy) {
            redirect = Objects.requireNonNull(policy, "policy");
            return this;
        }

        @Override
        public Builder version(Version version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        @Override
        public HttpClient build() {
            return new HttpClient(connectTimeout, redirect, version);
        }
    }
}
