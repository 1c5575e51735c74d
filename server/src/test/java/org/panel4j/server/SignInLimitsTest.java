package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.StaticText;

/**
 * BasicAuth as a CPU lever (docs/security.md): a verified header is not hashed again, failed sign-ins
 * are limited per client address, concurrent hashing is capped and a long line is refused with 503.
 * Hashes are counted through a counting verifier, never timed. Other client addresses are other
 * loopback addresses (127.0.0.x), which Linux routes to the server on 127.0.0.1.
 */
class SignInLimitsTest {

    private static final String ALICE = PasswordHash.create("wonderland".toCharArray(), 10_000);

    /** Counts password checks (all, and per password tried) and how many ran at once. */
    static final class CountingVerifier implements BasicAuth.Verifier {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger active = new AtomicInteger();
        final AtomicInteger maxActive = new AtomicInteger();
        final Map<String, AtomicInteger> perPassword = new ConcurrentHashMap<>();
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public boolean matches(String stored, char[] password) {
            calls.incrementAndGet();
            perPassword.computeIfAbsent(new String(password), p -> new AtomicInteger()).incrementAndGet();
            maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                gate.await(); // a test may hold checks here to fill the slots
                return PasswordHash.matches(stored, password);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                active.decrementAndGet();
            }
        }

        int callsFor(String password) {
            AtomicInteger n = perPassword.get(password);
            return n == null ? 0 : n.get();
        }
    }

    private final List<PanelServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(PanelServer::stop);
    }

    private static BasicAuth auth(CountingVerifier verifier, Consumer<BasicAuth.Config.Builder> limits) {
        var config = new BasicAuth.Config.Builder();
        limits.accept(config);
        return BasicAuth.of(Map.of("alice", ALICE), config.build(), verifier);
    }

    private PanelServer serve(BasicAuth auth) {
        PanelServer server = PanelServer.create(c -> c.port(0).authenticator(auth)
                .app("/hello", session -> new StaticText("Hello " + session.principal().orElseThrow().getName())))
                .start();
        servers.add(server);
        return server;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client whose connections come from {@code 127.0.0.<host>}. */
    private static HttpClient from(int host) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + host))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, PanelServer server, String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static AuthRequest request(String address, String authorization) {
        return new AuthRequest("/hello", Map.of("authorization", authorization), address);
    }

    @Test
    void aCorrectCredential_isHashedOnce_acrossPageLoadsFilesHealthAndSockets() throws Exception {
        var verifier = new CountingVerifier();
        PanelServer server = serve(auth(verifier, limits -> {}));
        String alice = basic("alice", "wonderland");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> page = get(WsClient.HTTP, server, "/hello", alice);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(get(WsClient.HTTP, server, "/static/panel4j/core.js", alice).statusCode()).isEqualTo(200);
            assertThat(get(WsClient.HTTP, server, "/health", alice).statusCode()).isEqualTo(200);
            var client = WsClient.connectAs(server.port(), WsClient.boot(page), alice);
            assertThat(client.awaitType("init").toString()).contains("Hello alice");
        }
        assertThat(verifier.calls.get()).isEqualTo(1);
    }

    @Test
    void requestsWithTheSameHeaderAtOnce_shareOneCheck() throws Exception {
        var verifier = new CountingVerifier();
        verifier.gate = new CountDownLatch(1);
        BasicAuth auth = auth(verifier, limits -> limits.maxWaitingChecks(100));
        var users = new CopyOnWriteArrayList<Optional<java.security.Principal>>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 20; i++) {
            threads.add(Thread.ofVirtual().start(() -> users.add(auth.authenticate(request("10.0.0.1", basic("alice", "wonderland"))))));
        }
        // every thread is parked: one in the check, the others waiting for its outcome
        Waits.until(() -> threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING || !t.isAlive()),
                Duration.ofSeconds(30), "all 20 requests to wait");
        verifier.gate.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(users).hasSize(20).allSatisfy(u -> assertThat(u).hasValueSatisfying(p -> assertThat(p.getName()).isEqualTo("alice")));
        assertThat(verifier.calls.get()).isEqualTo(1);
    }

    @Test
    void afterNFailures_anAddressGets429WithRetryAfter_withoutHashing_andAnotherAddressIsUnaffected() throws Exception {
        var verifier = new CountingVerifier();
        PanelServer server = serve(auth(verifier, limits -> limits.maxFailures(3)));
        HttpClient mallory = from(2);
        HttpClient other = from(3);
        // wrong passwords and unknown users count alike
        for (String auth : List.of(basic("alice", "guess1"), basic("mallory", "x"), basic("alice", "guess2"))) {
            assertThat(get(mallory, server, "/hello", auth).statusCode()).isEqualTo(401);
        }
        assertThat(verifier.calls.get()).isEqualTo(3);
        for (String auth : List.of(basic("alice", "guess3"), basic("alice", "wonderland"))) {
            HttpResponse<String> refused = get(mallory, server, "/hello", auth);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 300L);
            assertThat(refused.body()).doesNotContain("/hello");
        }
        assertThat(verifier.calls.get()).isEqualTo(3);

        assertThat(get(other, server, "/hello", basic("alice", "guess4")).statusCode()).isEqualTo(401);
        assertThat(get(other, server, "/hello", basic("alice", "wonderland")).statusCode()).isEqualTo(200);
        assertThat(verifier.calls.get()).isEqualTo(5);
        // a credential verified from elsewhere costs nothing and is not refused, even from the waiting address
        assertThat(get(mallory, server, "/hello", basic("alice", "wonderland")).statusCode()).isEqualTo(200);
        assertThat(verifier.calls.get()).isEqualTo(5);
    }

    @Test
    void concurrentHashes_neverExceedTheCap_andChecksBeyondTheLineGet503WithoutHashing() throws Exception {
        var verifier = new CountingVerifier();
        verifier.gate = new CountDownLatch(1);
        BasicAuth auth = auth(verifier, limits -> limits.maxConcurrentChecks(2).maxWaitingChecks(3).maxFailures(1_000));
        var refusals = new CopyOnWriteArrayList<AuthThrottledException>();
        var answers = new CopyOnWriteArrayList<Optional<java.security.Principal>>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 100; i++) {
            String header = basic("alice", "guess" + i); // distinct headers: no shared checks
            String address = "10.0.1." + i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    answers.add(auth.authenticate(request(address, header)));
                } catch (AuthThrottledException e) {
                    refusals.add(e);
                }
            }));
        }
        Waits.until(() -> refusals.size() == 95 && verifier.active.get() == 2, Duration.ofSeconds(30),
                "2 checks running and 95 refused");
        verifier.gate.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(refusals).hasSize(95).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.retryAfterSeconds()).isPositive();
        });
        assertThat(answers).hasSize(5).allSatisfy(a -> assertThat(a).isEmpty());
        assertThat(verifier.calls.get()).isEqualTo(5);
        assertThat(verifier.maxActive.get()).isEqualTo(2);

        // many more, each let through: still never more than 2 at once
        verifier.maxActive.set(0);
        BasicAuth roomy = auth(verifier, limits -> limits.maxConcurrentChecks(2).maxWaitingChecks(500).maxFailures(1_000));
        threads.clear();
        for (int i = 0; i < 300; i++) {
            String header = basic("alice", "again" + i);
            threads.add(Thread.ofVirtual().start(() -> roomy.authenticate(request("10.0.2.1", header))));
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(verifier.maxActive.get()).isBetween(1, 2);
    }

    @Test
    void aSignedInUsersPagesStillLoad_while16ClientsHammerWrongCredentials() throws Exception {
        var verifier = new CountingVerifier();
        int maxFailures = 5;
        // room in line for all 16 (so each is refused for its failures, not for a full line: that is the test above)
        PanelServer server = serve(auth(verifier, limits -> limits.maxFailures(maxFailures).maxConcurrentChecks(2).maxWaitingChecks(14)));
        String alice = basic("alice", "wonderland");
        assertThat(get(WsClient.HTTP, server, "/hello", alice).statusCode()).isEqualTo(200);

        int attempts = 15;
        var statuses = new ConcurrentHashMap<Integer, List<Integer>>();
        var attackers = new ArrayList<Thread>();
        for (int a = 0; a < 16; a++) {
            int host = 10 + a;
            attackers.add(Thread.ofVirtual().start(() -> {
                var mine = new ArrayList<Integer>();
                try (HttpClient client = from(host)) {
                    for (int i = 0; i < attempts; i++) {
                        mine.add(get(client, server, "/hello", basic(i % 2 == 0 ? "alice" : "root", "guess" + host + "." + i)).statusCode());
                    }
                } catch (Exception e) {
                    mine.add(-1);
                }
                statuses.put(host, mine);
            }));
        }
        var pages = new ArrayList<Integer>();
        // pages and their script while the attack lasts (fewer pages than the 100 sessions one address may hold)
        while (pages.size() < 10 || pages.size() < 60 && attackers.stream().anyMatch(Thread::isAlive)) {
            pages.add(get(WsClient.HTTP, server, "/hello", alice).statusCode());
            pages.add(get(WsClient.HTTP, server, "/static/panel4j/core.js", alice).statusCode());
        }
        for (Thread t : attackers) {
            t.join();
        }

        assertThat(pages).allMatch(status -> status == 200);
        assertThat(verifier.callsFor("wonderland")).isEqualTo(1);
        assertThat(verifier.maxActive.get()).isLessThanOrEqualTo(2);
        assertThat(statuses).hasSize(16);
        statuses.forEach((host, mine) -> {
            var expected = new ArrayList<Integer>();
            for (int i = 0; i < attempts; i++) {
                expected.add(i < maxFailures ? 401 : 429);
            }
            assertThat(mine).as("127.0.0." + host).isEqualTo(expected);
        });
        assertThat(verifier.calls.get()).isEqualTo(1 + 16 * maxFailures);
    }

    @Test
    void hashesThatBurnEveryCore_doNotStallOtherRequests() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Duration burn = Duration.ofSeconds(3);
        BasicAuth.Verifier spinning = (stored, password) -> {
            long end = System.nanoTime() + burn.toNanos();
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // pure CPU, as PBKDF2 is: a virtual thread here would hold its carrier
            }
            return false;
        };
        var config = new BasicAuth.Config.Builder().maxConcurrentChecks(cores).maxWaitingChecks(4 * cores).build();
        PanelServer server = PanelServer.create(c -> c.port(0)
                .authenticator(BasicAuth.of(Map.of("alice", ALICE), config, spinning))
                .app("/hello", session -> new StaticText("Hello"))
                .publicHandler("/pub", request -> org.panel4j.server.HttpResponse.text(200, "open")))
                .start();
        servers.add(server);
        var attackers = new ArrayList<Thread>();
        for (int a = 0; a < 2 * cores; a++) {
            int host = 40 + a;
            attackers.add(Thread.ofVirtual().start(() -> {
                try (HttpClient client = from(host)) {
                    get(client, server, "/hello", basic("alice", "guess" + host));
                } catch (Exception e) {
                    // refused or cut: only the public route's answer matters here
                }
            }));
        }
        Waits.until(() -> attackers.stream().allMatch(t -> t.getState() != Thread.State.NEW), Duration.ofSeconds(5), "attackers started");
        Thread.sleep(300); // let the checks start burning; what follows is timed against the burn, not against a guess

        long start = System.nanoTime();
        var answer = WsClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/pub/x"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(tookMs).as("a public request while %d checks burn %d cores for %s", 2 * cores, cores, burn)
                .isLessThan(burn.toMillis() / 2);
        for (Thread t : attackers) {
            t.join();
        }
    }

    @Test
    void limits_areValidated() {
        assertThatThrownBy(() -> BasicAuth.of(Map.of(), limits -> limits.maxFailures(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> BasicAuth.of(Map.of(), limits -> limits.maxConcurrentChecks(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrentChecks");
        assertThatThrownBy(() -> BasicAuth.of(Map.of(), limits -> limits.verifiedTtl(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verifiedTtl");
        BasicAuth.Config defaults = BasicAuth.of(Map.of()).config();
        assertThat(defaults.maxFailures()).isEqualTo(10);
        assertThat(defaults.maxConcurrentChecks()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
