package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Scenario 4: the server's heap after GC with {@code n} idle {@code /async_click} pages connected,
 * minus the heap after GC with none, divided by {@code n}. The server side of each socket (Jetty's
 * connection and buffers) counts: that is what a session costs.
 */
final class MemoryScenario {

    private final ServerProcess server;

    MemoryScenario(ServerProcess server) {
        this.server = server;
    }

    ObjectNode run(int n) throws Exception {
        server.awaitSessionsAtMost(0);
        long before = server.stats(true).get("heapUsed").asLong();
        long rssBefore = server.stats(false).get("rss").asLong();
        try (Clients clients = Clients.open(server.port, "/async_click", n)) {
            var after = server.stats(true);
            ObjectNode node = Results.JSON.createObjectNode();
            node.put("sessions", after.get("sessions").asInt());
            node.put("heapBeforeBytes", before);
            node.put("heapAfterBytes", after.get("heapUsed").asLong());
            double perSession = (after.get("heapUsed").asLong() - before) / (double) n;
            node.put("heapPerSessionBytes", perSession);
            node.put("rssPerSessionBytes", (after.get("rss").asLong() - rssBefore) / (double) n);
            System.out.printf("  idle /async_click, %,d sessions: %.1f KiB heap per session (RSS %.1f KiB)%n", n,
                    perSession / 1024, node.get("rssPerSessionBytes").asDouble() / 1024);
            return node;
        }
    }
}
