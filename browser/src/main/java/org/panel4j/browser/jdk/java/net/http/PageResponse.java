package org.panel4j.browser.jdk.java.net.http;

import java.net.URI;
import java.util.Optional;

/** An answer the browser fetched, as the page's {@link HttpResponse}. */
record PageResponse<T>(int statusCode, HttpRequest request, HttpHeaders headers, T body, URI uri,
        HttpClient.Version version) implements HttpResponse<T> {

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "(" + request.method() + " " + uri + ") " + statusCode;
    }

    /** What a body handler sees. */
    record Info(int statusCode, HttpHeaders headers, HttpClient.Version version) implements HttpResponse.ResponseInfo {}
}
