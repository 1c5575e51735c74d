package org.panel4j.examples.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.panel4j.testkit.Waits;

/**
 * nginx with docs/deploy.md's configuration, two nodes and Redis, all real processes: pages land on both
 * nodes and each socket reaches its own; a value published on one node reaches every page on both; a
 * Redis restart; a node killed with -9 and a node drained by SIGTERM, after which every page is usable
 * again. Fewer pages than the benchmark (BENCHMARKS.md, "Several nodes") to keep the run short.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    /** The 200 pages; -Dpanel4j.cluster.pages=… for another count (BENCHMARKS.md §9 measures 200 and 2,000). */
    private static final int PAGES = Integer.getInteger("panel4j.cluster.pages", 200);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Cluster cluster;
    private static final List<ClusterPage> pages = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        String missing = Cluster.missing();
        assumeTrue(missing == null, missing);
        cluster = new Cluster();
        for (int i = 0; i < PAGES; i++) {
            pages.add(new ClusterPage(cluster.port).open(WAIT));
        }
    }

    @AfterAll
    static void stop() {
        pages.forEach(ClusterPage::abort);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void pagesLandOnBothNodes_andEachSocketReachesTheNodeThatWroteItsPage() throws Exception {
        Map<String, Long> perNode = pages.stream().collect(Collectors.groupingBy(p -> p.node, Collectors.counting()));
        assertThat(perNode).as("nginx spreads pages over both nodes").containsOnlyKeys("n1", "n2");
        assertThat(perNode.values()).allSatisfy(n -> assertThat(n).isGreaterThan(PAGES / 4L));
        for (ClusterPage page : pages) {
            assertThat(page.shownNode).as("the session is on the node its socket URL names").isEqualTo(page.node);
        }
        int sockets = 0;
        for (Cluster.Node node : cluster.nodes) {
            String health = Cluster.get(node.port, "/health").body();
            assertThat(health).contains("\"state\":\"ready\"", "\"node\":\"" + node.id + "\"");
            sockets += Integer.parseInt(health.replaceAll(".*\"sockets\":(\\d+).*", "$1"));
        }
        assertThat(sockets).isEqualTo(PAGES);
    }

    @Test
    @Order(2)
    void aSocketSentToAnotherNode_isRefusedThere() throws Exception {
        var page = Cluster.get(cluster.port, "/");
        var boot = Pattern.compile("\"token\":\"([^\"]+)\",\"csrf\":\"[^\"]+\",\"ws\":\"/ws\\?node=(n\\d)\"")
                .matcher(page.body());
        assertThat(boot.find()).as(page.body()).isTrue();
        String other = boot.group(2).equals("n1") ? "n2" : "n1";
        var refused = Cluster.HTTP.newWebSocketBuilder().header("Origin", cluster.origin())
                .buildAsync(URI.create("ws://127.0.0.1:" + cluster.port + "/ws?node=" + other + "&token=" + boot.group(1)),
                        new WebSocket.Listener() {});
        assertThat(refused).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .havingCause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                        .as("the other node's key did not sign the token").isEqualTo(403));
    }

    @Test
    @Order(2)
    void aForeignHost_isRefusedThroughNginxToo() throws Exception {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), cluster.port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 421");
        }
    }

    @Test
    @Order(3)
    void aValuePublishedOnOneNode_reachesEveryPageOnBothNodes_quickly() throws Exception {
        long p99 = publishRounds(pages, "", "through Redis to " + PAGES + " pages on 2 nodes");
        publishRounds(pages.stream().filter(p -> p.node.equals("n1")).toList(), "&local",
                "node-local SharedValue to n1's pages (baseline)");
        // the goal is 100 ms at p99 (BENCHMARKS.md, "Several nodes", measured there); the suite also runs on a
        // machine loaded by stress-ng (load 14 on 2 cores gave p99 113 ms), so this bound only catches a
        // delivery that waits for something (a poll, a batch, a timeout), not a slow machine
        assertThat(p99).as("p99 in µs").isLessThan(500_000);
    }

    /** Publishes 20 values (after 5 not counted, which warm the nodes' JIT up) and returns the p99 in µs. */
    private static long publishRounds(List<ClusterPage> to, String how, String what) {
        List<Long> micros = new ArrayList<>();
        for (int round = -4; round <= 20; round++) {
            String text = "news-" + how.length() + "-" + round;
            String publisher = how.isEmpty() && round % 2 != 0 ? "n2" : "n1";
            long sent = System.nanoTime();
            try {
                assertThat(Cluster.get(cluster.node(publisher).port, "/publish?text=" + text + how).statusCode()).isEqualTo(200);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            Waits.until(() -> to.stream().allMatch(p -> p.banners.containsKey(text)), WAIT, "every page to show " + text);
            if (round > 0) {
                to.forEach(p -> micros.add((p.banners.get(text) - sent) / 1000));
            }
        }
        micros.sort(null);
        long p50 = micros.get(micros.size() / 2);
        long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
        System.out.printf("ClusterTest: publish -> %s: p50 %.1f ms, p99 %.1f ms (%d deliveries)%n", what,
                p50 / 1000.0, p99 / 1000.0, micros.size());
        return p99;
    }

    @Test
    @Order(4)
    void afterARedisRestart_sharedValuesResume() throws Exception {
        cluster.redis.kill();
        long before = System.nanoTime();
        assertThat(Cluster.get(cluster.node("n2").port, "/publish?text=while-away").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("publishing never waits for Redis").isLessThan(Duration.ofSeconds(1));
        ClusterPage onN1 = pages.stream().filter(p -> p.node.equals("n1")).findFirst().orElseThrow();
        onN1.click();  // a session's own updates go on while Redis is away
        Waits.until(() -> onN1.count == 1, WAIT, "the click to be answered while Redis is away");

        cluster.redis.restart(WAIT);
        Waits.until(() -> pages.stream().allMatch(p -> p.banners.containsKey("while-away")), WAIT,
                "every page on both nodes to get the value set while Redis was away");
        assertThat(Cluster.get(cluster.node("n1").port, "/publish?text=after-restart").statusCode()).isEqualTo(200);
        Waits.until(() -> pages.stream().allMatch(p -> p.banners.containsKey("after-restart")), WAIT,
                "every page to get a value published after the restart");
    }

    @Test
    @Order(5)
    void killingANode_everyPageItHeldIsUsableAgainOnTheOther() throws Exception {
        List<ClusterPage> lost = pages.stream().filter(p -> p.node.equals("n2")).toList();
        for (ClusterPage page : lost) {
            page.click();
        }
        Waits.until(() -> lost.stream().allMatch(p -> p.count >= 1), WAIT, "the clicks on n2 to be answered");
        long killed = System.nanoTime();
        cluster.node("n2").kill();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> back = new ArrayList<>();
            for (ClusterPage page : lost) {
                back.add(threads.submit((Callable<Object>) () -> {
                    page.closed.get(20, TimeUnit.SECONDS);  // the page notices its socket is gone
                    page.reopen(WAIT);
                    int was = page.count;
                    page.click();
                    Waits.until(() -> page.count == was + 1, WAIT, "a click on the new session");
                    return null;
                }));
            }
            for (Future<Object> f : back) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - killed);
        System.out.printf("ClusterTest: %d pages usable again %d ms after kill -9 of their node%n", lost.size(), recovery.toMillis());
        assertThat(lost).allSatisfy(p -> {
            assertThat(p.node).isEqualTo("n1");
            assertThat(p.count).as("the count came along in the URL state, and the click went on it").isEqualTo(2);
        });
        assertThat(recovery).isLessThan(Duration.ofSeconds(5));
        cluster.node("n2").start();
        cluster.node("n2").awaitReady();
    }

    @Test
    @Order(6)
    void drainingANode_movesItsPagesToTheOther_andItExits() throws Exception {
        Cluster.Node n1 = cluster.node("n1");
        List<ClusterPage> moving = pages.stream().filter(p -> p.node.equals("n1")).toList();
        assertThat(moving).isNotEmpty();
        n1.terminate();
        Waits.until(() -> Cluster.status(n1.port, "/health") != 200, WAIT, "n1 to say it drains");
        for (ClusterPage page : moving) {
            assertThat(page.closed.get(20, TimeUnit.SECONDS)).as("moved").isEqualTo(4001);
            int was = page.count;
            page.reopen(WAIT);
            assertThat(page.node).isEqualTo("n2");
            assertThat(page.count).isEqualTo(was);
        }
        assertThat(n1.process.waitFor(20, TimeUnit.SECONDS)).as("the drained node exits").isTrue();
        assertThat(n1.log()).contains("Drained: no page is open any more");
        assertThat(new ClusterPage(cluster.port).open(WAIT).node).as("new pages go to the node still up").isEqualTo("n2");
    }
}
