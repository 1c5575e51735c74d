package org.panel4j.examples.browser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.server.HttpHandler;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;

/** The picsum stand-in, slowed: image {@code n} answers after {@code delayMillis(n)} ms. Counts what is in flight. */
final class SlowPicsum implements HttpHandler {

    private final HttpHandler images = new PicsumHandler();
    private final IntUnaryOperator delayMillis;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Set<Integer> asked = ConcurrentHashMap.newKeySet();

    SlowPicsum(IntUnaryOperator delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public HttpResponse handle(HttpRequest request) throws Exception {
        int n = Integer.parseInt(request.query().getOrDefault("image", "0"));
        inFlight.incrementAndGet();
        asked.add(n);
        try {
            Thread.sleep(delayMillis.applyAsInt(n));
            return images.handle(request);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** How many requests are being answered now. */
    int inFlight() {
        return inFlight.get();
    }

    /** The images asked for so far. */
    Set<Integer> asked() {
        return Set.copyOf(asked);
    }
}
