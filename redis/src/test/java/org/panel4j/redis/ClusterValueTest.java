package org.panel4j.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.RedisProcess;
import org.panel4j.testkit.Waits;

/**
 * Two "nodes" (two {@link RedisValues}) share values through a real redis-server: order per publisher,
 * the latest value after a Redis restart, and a publisher that never waits while Redis is away
 * (docs/deploy.md, "Values shared by every node").
 */
class ClusterValueTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private RedisProcess redis;
    private RedisValues nodeA;
    private RedisValues nodeB;

    @BeforeEach
    void start() {
        assumeTrue(RedisProcess.available(), "redis-server is not installed (" + RedisProcess.BINARY
                + "); .ci/run installs it: apt-get install -y redis-server");
        redis = RedisProcess.start(WAIT);
        nodeA = RedisValues.connect(redis.uri());
        nodeB = RedisValues.connect(redis.uri());
    }

    @AfterEach
    void stop() {
        if (redis != null) {
            nodeA.close();
            nodeB.close();
            redis.close();
        }
    }

    @Test
    void valuesPublishedOnOneNode_reachASessionOnTheOther_inTheOrderPublished() {
        ClusterValue<Integer> published = nodeA.value("counter", Integer.class, 0);
        ClusterValue<Integer> received = nodeB.value("counter", Integer.class, 0);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        TestSession page = TestSession.open(session -> {
            received.bind(session, seen::add);
            return new Row();
        });
        for (int i = 1; i <= 500; i++) {
            published.set(i);
        }
        Waits.until(() -> received.get() == 500 && !seen.isEmpty() && seen.getLast() == 500, WAIT,
                "the other node's session to show 500");
        assertThat(seen).as("never an older value after a newer one (values in between may be skipped)").isSorted()
                .doesNotHaveDuplicates();
        page.session().host().close();
    }

    @Test
    void afterARedisRestart_nodesReconnect_theValueSetMeanwhileArrives_andNewValuesFlowAgain() {
        ClusterValue<String> bannerA = nodeA.value("banner", String.class, "");
        ClusterValue<String> bannerB = nodeB.value("banner", String.class, "");
        bannerA.set("before");
        Waits.until(() -> bannerB.get().equals("before"), WAIT, "'before' on node B");

        redis.kill();
        long start = System.nanoTime();
        bannerA.set("while Redis is away");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("set never waits for Redis")
                .isLessThan(Duration.ofMillis(200));
        assertThat(bannerA.get()).as("this node's sessions see it at once").isEqualTo("while Redis is away");

        redis.restart(WAIT);
        Waits.until(() -> bannerB.get().equals("while Redis is away"), WAIT, "node B to get the value set while Redis was away");
        bannerB.set("after");
        Waits.until(() -> bannerA.get().equals("after"), WAIT, "'after' on node A: the numbering restarted with Redis");
    }

    @Test
    void aLease_isHeldByOneNodeAtATime_andTakenOverOnceItsHolderStopsRenewing() {
        Duration held = Duration.ofSeconds(20);   // outlasts any pause of a loaded machine between two calls
        assertThat(nodeA.holdLease("feed", held)).isTrue();
        assertThat(nodeB.holdLease("feed", held)).as("held by A").isFalse();
        assertThat(nodeA.holdLease("feed", Duration.ofMillis(300))).as("renewed by its holder, now for a short time").isTrue();
        Waits.until(() -> nodeB.holdLease("feed", held), WAIT, "B to take the lease A stopped renewing");
        assertThat(nodeA.holdLease("feed", held)).as("now B's").isFalse();
    }

    @Test
    void aNodeThatConnectsLater_startsWithTheLatestValue() {
        nodeA.value("ticker", Double.class, 0.0).set(1.25);
        try (RedisValues late = RedisValues.connect(redis.uri())) {
            ClusterValue<Double> ticker = late.value("ticker", Double.class, 0.0);
            Waits.until(() -> ticker.get() == 1.25, WAIT, "the latest value on a node that came later");
        }
    }
}
