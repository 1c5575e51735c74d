package org.panel4j.convert.site;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.panel4j.browser.StaticSite;
import org.panel4j.examples.PicsumStandIn;

/**
 * The converted site on a {@link StaticSite}, which also answers the picsum-shaped image requests of the
 * image examples at {@code /picsum/} with the stand-in JPEGs, image {@code n} after {@code delayMillis(n)}
 * ms, counting what is in flight.
 */
final class SiteServer implements AutoCloseable {

    private static final Pattern PICSUM = Pattern.compile("/picsum/(\\d{1,4})/(\\d{1,4})");
    private static final Pattern IMAGE = Pattern.compile("(?:^|&)image=(\\d{1,3})(?:&|$)");

    private final StaticSite site;
    private final IntUnaryOperator delayMillis;
    private final Set<Integer> asked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();

    private SiteServer(Path root, IntUnaryOperator delayMillis) {
        this.delayMillis = delayMillis;
        this.site = StaticSite.serve(root).with("/picsum/", this::image);
    }

    /** Serves {@code root}, and images answering after {@code delayMillis(n)} ms. */
    static SiteServer serve(Path root, IntUnaryOperator delayMillis) {
        return new SiteServer(root, delayMillis);
    }

    private void image(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher size = PICSUM.matcher(exchange.getRequestURI().getPath());
            String query = exchange.getRequestURI().getQuery();
            Matcher image = IMAGE.matcher(query == null ? "" : query);
            if (!size.matches() || !image.find()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int n = Integer.parseInt(image.group(1));
            asked.add(n);
            inFlight.incrementAndGet();
            try {
                Thread.sleep(delayMillis.applyAsInt(n));
                StaticSite.send(exchange, "image/jpeg",
                        PicsumStandIn.jpeg(n, Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    /** The URL of {@code path} on this host. */
    String url(String path) {
        return site.url(path);
    }

    /** The images asked for so far. */
    Set<Integer> asked() {
        return Set.copyOf(asked);
    }

    /** The image requests not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void close() {
        site.close();
    }
}
