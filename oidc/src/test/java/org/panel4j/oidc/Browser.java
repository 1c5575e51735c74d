package org.panel4j.oidc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A cookie-keeping HTTP client that navigates like a browser (Accept: text/html) and follows redirects step by step. */
final class Browser {

    final CookieJar cookies = new CookieJar();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Every URL visited by the last {@link #open}, in order. */
    final List<URI> visited = new ArrayList<>();
    private final URI base;

    Browser(URI base) {
        this.base = base;
    }

    /** One GET of {@code url} (absolute, or a path on the server), no redirect followed. */
    HttpResponse<String> get(String url) throws Exception {
        var request = HttpRequest.newBuilder(base.resolve(url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "text/html,application/xhtml+xml").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Opens {@code url} and follows up to 10 redirects, each location passed through {@code rewrite} first. */
    HttpResponse<String> open(String url, UnaryOperator<String> rewrite) throws Exception {
        visited.clear();
        String next = url;
        for (int hop = 0; hop < 10; hop++) {
            visited.add(base.resolve(next));
            HttpResponse<String> response = get(next);
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            next = rewrite.apply(response.uri().resolve(location.get()).toString());
        }
        throw new AssertionError("more than 10 redirects: " + visited);
    }

    /** {@link #open(String, UnaryOperator)} without rewriting. */
    HttpResponse<String> open(String url) throws Exception {
        return open(url, UnaryOperator.identity());
    }

    /** The value of the cookie {@code name} the browser keeps (on any path), if any. */
    Optional<String> cookie(String name) {
        return cookies.value(name);
    }
}
