package org.panel4j.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages (404, 405, a malformed request, a handler that threw…) as one line of plain
 * text, the status and a sentence: no request URI, message, stack or server version, and the
 * security headers every response carries.
 */
final class PlainErrorHandler implements Request.Handler {

    private final SecurityHeaders headers;

    PlainErrorHandler(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException http) {
            status = http.getCode();
            response.setStatus(status);
        }
        headers.apply(response.getHeaders());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        String text = status + " " + HttpStatus.getMessage(status) + ": " + sentence(status) + "\n";
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String sentence(int status) {
        return switch (status) {
            case 400 -> "the request is malformed.";
            case 403 -> "this request is not allowed.";
            case 404 -> "nothing is served at this address.";
            case 405 -> "this method is not supported here.";
            case 413, 431 -> "the request is too large.";
            case 500 -> "the server failed to answer; its log says why.";
            case 503 -> "the server is not available now; try again later.";
            default -> status >= 500 ? "the server could not answer." : "the request was not answered.";
        };
    }
}
