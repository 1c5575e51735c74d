package org.panel4j.server;

/**
 * A plain HTTP route next to the apps, e.g. to serve generated images, without any Jetty type.
 * It runs on a virtual thread (blocking is fine) and may throw: the client then gets a 500.
 *
 * {@snippet :
 * HttpHandler hello = request -> HttpResponse.text(200, "Hello " + request.query().getOrDefault("name", "you"));
 * }
 */
@FunctionalInterface
public interface HttpHandler {

    /** Answers one GET request; never returns null. */
    HttpResponse handle(HttpRequest request) throws Exception;
}
