package org.panel4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** Reads {@code /health} and waits on its counts. */
final class Health {

    private Health() {}

    static JsonNode read(int port) throws Exception {
        return WsClient.JSON.readTree(WsClient.get(port, "/health").body());
    }

    /** Waits up to {@code seconds} until {@code field} (sessions or sockets) satisfies {@code test}. */
    static void await(int port, String field, IntPredicate test, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = read(port).get(field).asInt();
            if (test.test(last)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("/health " + field + " is still " + last + " after " + seconds + " s");
    }
}
