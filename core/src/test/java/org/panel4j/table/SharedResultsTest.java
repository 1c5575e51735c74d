package org.panel4j.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A result many callers want at once is computed once; an interrupted computer hands over to a waiter. */
class SharedResultsTest {

    private final SharedResults results = new SharedResults(1 << 20, value -> 16);

    @Test
    void manyCallersAtOnceShareOneComputation() throws Exception {
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(50);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(threads.submit(() -> {
                    started.countDown();
                    return results.get("key", () -> {
                        computations.incrementAndGet();
                        release.await();
                        return new Object();
                    });
                }));
            }
            started.await();
            release.countDown();
            Object first = answers.get(0).get(30, TimeUnit.SECONDS);
            for (Future<Object> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isSameAs(first);
            }
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void aWaiterComputesItWhenTheComputingCallerIsInterrupted() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        AtomicReference<Object> firstOutcome = new AtomicReference<>();
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                firstOutcome.set(results.get("key", () -> {
                    computing.countDown();
                    new CountDownLatch(1).await(); // until interrupted
                    return "never";
                }));
            } catch (InterruptedException e) {
                firstOutcome.set(e);
            }
        });
        computing.await();
        AtomicReference<Object> secondOutcome = new AtomicReference<>();
        Thread second = Thread.ofVirtual().start(() -> {
            try {
                secondOutcome.set(results.get("key", () -> "computed by the waiter"));
            } catch (InterruptedException e) {
                secondOutcome.set(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (second.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(second.getState()).as("the second caller waits for the first one's result").isEqualTo(Thread.State.WAITING);
        first.interrupt();
        first.join(Duration.ofSeconds(30));
        second.join(Duration.ofSeconds(30));
        assertThat(firstOutcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(secondOutcome.get()).isEqualTo("computed by the waiter");
        assertThat(results.get("key", () -> "not again")).isEqualTo("computed by the waiter");
    }
}
