package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.panel4j.examples.cluster.Cluster;
import org.panel4j.examples.cluster.ClusterPage;
import org.panel4j.testkit.Waits;

/**
 * Scenario 9 of BENCHMARKS.md: nginx with docs/deploy.md's configuration, two node JVMs and Redis (the
 * cluster tests' harness), pages as WebSocket clients in this JVM opened through nginx. Measures a
 * shared value published on one node until it reaches every page on both nodes (one at a time, then at
 * rising rates until the p99 passes 100 ms), against the node-local value as the baseline, and the time
 * from a {@code kill -9} of a node until every page it held is usable again on the other.
 */
final class ClusterScenario {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int[] RATES = {10, 20, 50, 100, 200, 400, 800};
    private static final long GOAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final boolean quick;

    ClusterScenario(boolean quick) {
        this.quick = quick;
    }

    ObjectNode run(int... pageCounts) throws Exception {
        String missing = Cluster.missing();
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        ObjectNode out = Results.JSON.createObjectNode();
        for (int pages : pageCounts) {
            System.out.println("  " + pages + " pages");
            out.set(pages + " pages", run(pages));
        }
        return out;
    }

    private ObjectNode run(int count) throws Exception {
        ObjectNode out = Results.JSON.createObjectNode();
        try (Cluster cluster = new Cluster()) {
            try {
                measure(cluster, count, out);
            } catch (Exception | AssertionError e) {
                cluster.nodes.forEach(n -> System.out.println("  log of " + n.id + " (its end):\n" + tail(n.log())));
                System.out.println("  nginx's log (its end):\n" + tail(cluster.nginxLog()));
                throw e;
            }
        }
        return out;
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 3000));
    }

    private void measure(Cluster cluster, int count, ObjectNode out) throws Exception {
        List<ClusterPage> pages = open(cluster, count);
        List<ClusterPage> onN1 = pages.stream().filter(p -> p.node.equals("n1")).toList();
        out.put("pagesOnN1", onN1.size());
        out.put("pagesOnN2", pages.size() - onN1.size());
        int rounds = quick ? 10 : 50;
        out.set("publishThroughRedis", oneAtATime(cluster, pages, false, rounds));
        out.set("publishNodeLocal", oneAtATime(cluster, onN1, true, rounds));
        out.set("ratesThroughRedis", rates(cluster, pages, false));
        out.set("ratesNodeLocal", rates(cluster, onN1, true));
        out.set("recoveryAfterKill", recovery(cluster, pages));
        pages.forEach(ClusterPage::abort);
    }

    private static List<ClusterPage> open(Cluster cluster, int count) throws Exception {
        List<ClusterPage> pages = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<?>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opened.add(threads.submit(() -> pages.add(new ClusterPage(cluster.port).open(WAIT))));
            }
            for (Future<?> f : opened) {
                f.get();
            }
        }
        return new ArrayList<>(pages);
    }

    /** Publishes one value, waits until every page has it, again; the first rounds warm the nodes up. */
    private static ObjectNode oneAtATime(Cluster cluster, List<ClusterPage> to, boolean local, int rounds) throws Exception {
        var histogram = new Histogram(3);
        for (int round = -10; round < rounds; round++) {
            String text = (local ? "local-" : "redis-") + round;
            String publisher = !local && round % 2 != 0 ? "n2" : "n1";
            long sent = System.nanoTime();
            publish(cluster, publisher, text, local);
            Waits.until(() -> to.stream().allMatch(p -> p.banners.containsKey(text)), WAIT, "every page to show " + text);
            if (round >= 0) {
                to.forEach(p -> histogram.recordValue(p.banners.get(text) - sent));
            }
        }
        ObjectNode node = Results.latency(histogram);
        System.out.printf("    publish %s -> %d pages: p50 %.1f ms, p99 %.1f ms%n", local ? "node-local" : "through Redis",
                to.size(), node.get("p50ms").asDouble(), node.get("p99ms").asDouble());
        return node;
    }

    /**
     * Publishes at each rate for a few seconds (alternating nodes through Redis), then measures, over
     * every value a page received, the time from its publishing; a page still busy with a value may skip
     * to a newer one (last value wins), so the share of values delivered is reported too. Stops after the
     * first rate whose p99 passes 100 ms.
     */
    private ArrayNode rates(Cluster cluster, List<ClusterPage> to, boolean local) throws Exception {
        ArrayNode out = Results.JSON.createArrayNode();
        int seconds = quick ? 2 : 5;
        for (int rate : RATES) {
            String prefix = (local ? "l" : "r") + rate + "-";
            Map<String, Long> sent = new ConcurrentHashMap<>();
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            int values = rate * seconds;
            try (ExecutorService publishers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < values; i++) {
                    LockSupport.parkNanos(start + i * interval - System.nanoTime());
                    String text = prefix + i;
                    String publisher = !local && i % 2 != 0 ? "n2" : "n1";
                    sent.put(text, System.nanoTime());
                    publishers.submit((Callable<Void>) () -> {
                        publish(cluster, publisher, text, local);
                        return null;
                    });
                }
            }
            // concurrent publishes may reach Redis in any order: a value sent after all of them is the last
            String last = prefix + "end";
            publish(cluster, "n1", last, local);
            Waits.until(() -> to.stream().allMatch(p -> p.banners.containsKey(last)), WAIT, "every page to show " + last);
            var histogram = new Histogram(3);
            long delivered = 0;
            for (ClusterPage page : to) {
                for (var e : page.banners.entrySet()) {
                    Long at = sent.get(e.getKey());
                    if (at != null) {
                        histogram.recordValue(Math.max(0, e.getValue() - at));
                        delivered++;
                    }
                }
            }
            ObjectNode node = Results.latency(histogram);
            node.put("perSecond", rate);
            node.put("deliveredShare", delivered / (double) ((long) values * to.size()));
            out.add(node);
            System.out.printf("    %d/s %s -> %d pages: p50 %.1f ms, p99 %.1f ms, %.0f %% of values seen%n", rate,
                    local ? "node-local" : "through Redis", to.size(), node.get("p50ms").asDouble(),
                    node.get("p99ms").asDouble(), 100 * node.get("deliveredShare").asDouble());
            if (histogram.getValueAtPercentile(99) > GOAL_NANOS) {
                break;
            }
        }
        return out;
    }

    private static void publish(Cluster cluster, String node, String text, boolean local) throws Exception {
        int status = Cluster.get(cluster.node(node).port, "/publish?text=" + text + (local ? "&local" : "")).statusCode();
        if (status != 200) {
            throw new IllegalStateException("publish answered " + status);
        }
    }

    /** kill -9 of n2; the clock runs until every page it held is open on n1 and has had a click answered. */
    private static ObjectNode recovery(Cluster cluster, List<ClusterPage> pages) throws Exception {
        List<ClusterPage> lost = pages.stream().filter(p -> p.node.equals("n2")).toList();
        long killed = System.nanoTime();
        cluster.node("n2").kill();
        var histogram = new Histogram(3);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> back = new ArrayList<>();
            for (ClusterPage page : lost) {
                back.add(threads.submit(() -> {
                    page.closed.get(30, TimeUnit.SECONDS);
                    page.reopen(WAIT);
                    int was = page.count;
                    page.click();
                    Waits.until(() -> page.count == was + 1, WAIT, "a click on the new session");
                    return System.nanoTime() - killed;
                }));
            }
            for (Future<Long> f : back) {
                histogram.recordValue(f.get());
            }
        }
        ObjectNode node = Results.latency(histogram);
        node.put("pagesLost", lost.size());
        System.out.printf("    kill -9: %d pages usable again, all within %.0f ms (p50 %.0f ms)%n", lost.size(),
                node.get("maxms").asDouble(), node.get("p50ms").asDouble());
        return node;
    }
}
