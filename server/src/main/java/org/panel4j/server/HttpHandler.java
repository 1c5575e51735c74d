package org.panel4j.server;

/**
 * A plain HTTP route next to the apps, e.g. to serve generated images or a download, without any Jetty
 * type. It runs on the request's virtual thread (blocking is fine), without any session lock, and may
 * throw: the client then gets a 500. The answer may carry headers, an attachment's file name and a
 * streamed body ({@link HttpResponse}); the request knows the signed-in user and, through a session link,
 * the page's session ({@link HttpRequest#session()}; docs/server-wide-state.md).
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
