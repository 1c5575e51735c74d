package org.panel4j.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code /favicon.ico} with panel4j's icon (the SVG the pages also link), so no page of any app
 * logs a 404 for it.
 */
final class Favicon extends Handler.Abstract.NonBlocking {

    static final String PATH = "/favicon.ico";

    private final byte[] svg;

    Favicon() {
        try (InputStream in = Objects.requireNonNull(Favicon.class.getResourceAsStream("/org/panel4j/client/favicon.svg"),
                "favicon.svg in the client's resources")) {
            svg = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request))
                || !(HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod()))) {
            return false;
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=86400");
        Responses.send(response, callback, 200, "image/svg+xml", svg);
        return true;
    }
}
