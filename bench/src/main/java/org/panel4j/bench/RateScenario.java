package org.panel4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 3: patches delivered per second to one session that sets a text as fast as it can
 * ({@code /bench_rate}), fanned out through one shared text to every session of {@code /bench_fan},
 * and to a client that stops reading during the burst (server heap, and whether the final value arrives).
 */
final class RateScenario {

    private static final Pattern DONE = Pattern.compile("\"done (\\d+)\"");

    private final ServerProcess server;

    RateScenario(ServerProcess server) {
        this.server = server;
    }

    ObjectNode oneSession(int runs) throws Exception {
        double[] delivered = new double[runs];
        double[] sets = new double[runs];
        for (int r = 0; r < runs; r++) {
            try (Clients clients = Clients.open(server.port, "/bench_rate", 1)) {
                LoadClient c = clients.all.get(0);
                var patches = new LongAdder();
                var done = new CompletableFuture<Long>();
                c.onMessage(text -> {
                    patches.increment();
                    Matcher m = DONE.matcher(text);
                    if (m.find()) {
                        done.complete(Long.parseLong(m.group(1)));
                    }
                });
                long t0 = System.nanoTime();
                c.click().join();
                long n = done.get(30, TimeUnit.SECONDS);
                double seconds = (System.nanoTime() - t0) / 1e9;
                delivered[r] = patches.sum() / seconds;
                sets[r] = n / (double) BenchApps.RATE_BURST.toSeconds();
            }
        }
        ObjectNode node = Results.JSON.createObjectNode();
        node.set("patchesPerSecondDelivered", Results.median(delivered));
        node.set("setsPerSecondOnServer", Results.median(sets));
        System.out.printf("  one session: %,.0f patches/s delivered, %,.0f sets/s made%n",
                node.get("patchesPerSecondDelivered").get("median").asDouble(), node.get("setsPerSecondOnServer").get("median").asDouble());
        return node;
    }

    ObjectNode fanOut(int sessions, int runs) throws Exception {
        server.awaitSessionsAtMost(0);
        double[] delivered = new double[runs];
        double[] sets = new double[runs];
        long[] complete = new long[runs];
        try (Clients clients = Clients.open(server.port, "/bench_fan", sessions)) {
            var patches = new LongAdder();
            var finals = new LongAdder();
            for (LoadClient c : clients.all) {
                c.onMessage(text -> {
                    patches.increment();
                    if (text.contains("\"done ")) {
                        finals.increment();
                    }
                });
            }
            for (int r = 0; r < runs; r++) {
                patches.reset();
                finals.reset();
                long t0 = System.nanoTime();
                JsonNode burst = Results.JSON.readTree(ServerProcess.get(server.port, "/bench/fan?ms=2000"));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (finals.sum() < sessions && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                delivered[r] = patches.sum() / seconds;
                sets[r] = burst.get("sets").asLong() / 2.0;
                complete[r] = finals.sum();
            }
        }
        ObjectNode node = Results.JSON.createObjectNode();
        node.put("sessions", sessions);
        node.set("patchesPerSecondDelivered", Results.median(delivered));
        node.set("setsPerSecondOnServer", Results.median(sets));
        var finalsNode = node.putArray("sessionsThatGotTheFinalValue");
        for (long f : complete) {
            finalsNode.add(f);
        }
        System.out.printf("  fan-out to %,d sessions: %,.0f patches/s delivered in total, final value at %s sessions%n",
                sessions, node.get("patchesPerSecondDelivered").get("median").asDouble(), finalsNode);
        return node;
    }

    ObjectNode slowReader() throws Exception {
        server.awaitSessionsAtMost(0);
        try (Clients clients = Clients.open(server.port, "/bench_rate", 1)) {
            LoadClient c = clients.all.get(0);
            var patches = new LongAdder();
            var done = new CompletableFuture<Long>();
            var lastSeen = new AtomicLong();
            c.onMessage(text -> {
                patches.increment();
                lastSeen.set(System.nanoTime());
                Matcher m = DONE.matcher(text);
                if (m.find()) {
                    done.complete(Long.parseLong(m.group(1)));
                }
            });
            long heapBefore = server.stats(true).get("heapUsed").asLong();
            c.pause();
            c.click().join();
            Thread.sleep(1500);
            long heapDuring = server.stats(true).get("heapUsed").asLong();
            long patchesWhilePaused = patches.sum();
            Thread.sleep(2000); // the burst ends while the client still does not read
            long t0 = System.nanoTime();
            c.resume();
            long n = done.get(30, TimeUnit.SECONDS);
            ObjectNode node = Results.JSON.createObjectNode();
            node.put("heapBeforeBytes", heapBefore);
            node.put("heapDuringBurstBytes", heapDuring);
            node.put("patchesReceivedWhilePaused", patchesWhilePaused);
            node.put("patchesReceivedInTotal", patches.sum());
            node.put("setsMade", n);
            node.put("finalValueArrived", true);
            node.put("finalValueMsAfterResume", (System.nanoTime() - t0) / 1e6);
            System.out.printf("  slow reader: heap %,d -> %,d bytes during the burst; %,d sets, %,d patches received, final value arrived%n",
                    heapBefore, heapDuring, n, patches.sum());
            return node;
        }
    }
}
