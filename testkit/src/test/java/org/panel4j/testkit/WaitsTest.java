package org.panel4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Waits returns as soon as its condition holds and fails with a message built at the timeout. */
class WaitsTest {

    @Test
    void until_returnsOnceTheConditionHolds() {
        var polls = new AtomicInteger();
        Waits.until(() -> polls.incrementAndGet() == 3, "the third poll");
        assertThat(polls).hasValue(3);
    }

    @Test
    void until_failsAtTheTimeout_namingWhatItWaitedFor_builtThen() {
        var state = new AtomicInteger();
        assertThatThrownBy(() -> Waits.until(() -> state.incrementAndGet() < 0, Duration.ofMillis(50),
                () -> "a negative count, at " + (state.get() > 1 ? "more than one poll" : "the first")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Timed out after PT0.05S waiting for a negative count, at more than one poll");
    }

    @Test
    void untilParked_returnsOnceTheThreadBlocks() throws InterruptedException {
        var latch = new CountDownLatch(1);
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Waits.untilParked(thread);
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
        latch.countDown();
        thread.join();
    }
}
