package org.panel4j.examples;

import org.panel4j.server.HttpHandler;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;

/** Answers {@code /picsum/{width}/{height}?image={n}} with {@link PicsumStandIn}'s JPEG, like picsum.photos. */
public final class PicsumHandler implements HttpHandler {

    @Override
    public HttpResponse handle(HttpRequest request) {
        String[] parts = request.path().split("/");
        String image = request.query().getOrDefault("image", "0");
        try {
            if (parts.length != 4) {
                return HttpResponse.text(404, "Use /picsum/{width}/{height}?image={n}");
            }
            int width = Integer.parseInt(parts[2]);
            int height = Integer.parseInt(parts[3]);
            return HttpResponse.ok("image/jpeg", PicsumStandIn.jpeg(Integer.parseInt(image), width, height));
        } catch (IllegalArgumentException e) {
            return HttpResponse.text(400, "Bad image request: " + e.getMessage());
        }
    }
}
