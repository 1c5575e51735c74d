package org.panel4j.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.panel4j.browser.jdk.java.util.concurrent.CompletableFuture;
import org.panel4j.browser.jdk.java.util.concurrent.CountDownLatch;
import org.panel4j.browser.jdk.java.util.concurrent.atomic.LongAdder;
import org.panel4j.browser.jdk.java.util.concurrent.locks.ReentrantLock;

/**
 * The page's versions of the JDK's lock, latch and future, on the JVM's threads (stricter than the
 * page's green threads, which switch only where one waits): they keep the JDK's contract for what core calls.
 */
class SuppliedConcurrencyTest {

    @Test
    void lock_isReentrant_andHeldAgainstOtherThreads_untilTheLastUnlock() throws Exception {
        var lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        assertThat(lock.getHoldCount()).isEqualTo(2);
        boolean[] gotIt = new boolean[1];
        Thread other = new Thread(() -> {
            try {
                gotIt[0] = lock.tryLock(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        other.join();
        assertThat(gotIt[0]).as("another thread times out while it is held").isFalse();

        lock.unlock();
        assertThat(lock.isLocked()).isTrue();
        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
        Thread taker = new Thread(lock::lock);
        taker.start();
        taker.join();
        assertThat(lock.isLocked()).isTrue();
        assertThat(lock.isHeldByCurrentThread()).isFalse();
        assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    void latch_releasesWaitersAtZero_andTimesOutBefore() throws Exception {
        var latch = new CountDownLatch(2);
        assertThat(latch.await(20, TimeUnit.MILLISECONDS)).isFalse();
        Thread waiter = new Thread(() -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        latch.countDown();
        latch.countDown();
        waiter.join(10_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(latch.getCount()).isZero();
    }

    @Test
    void future_runsActionsOnCompletion_once_andReportsItsError() {
        var future = new CompletableFuture<String>();
        List<String> seen = new ArrayList<>();
        future.whenComplete((value, error) -> seen.add(value + "/" + error));
        assertThat(seen).isEmpty();
        assertThat(future.complete("a")).isTrue();
        assertThat(future.complete("b")).isFalse();
        future.whenComplete((value, error) -> seen.add("late " + value));
        assertThat(seen).containsExactly("a/null", "late a");
        assertThat(future.isCompletedExceptionally()).isFalse();

        var failed = CompletableFuture.<String>failedFuture(new IllegalStateException("boom"));
        assertThat(failed.isCompletedExceptionally()).isTrue();
        assertThat(failed.exceptionNow()).hasMessage("boom");
        var cancelled = new CompletableFuture<String>();
        cancelled.cancel(true);
        assertThat(cancelled.exceptionNow()).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> CompletableFuture.completedFuture("x").exceptionNow())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void adder_sumsIncrementsDecrementsAndAdds() {
        var adder = new LongAdder();
        adder.increment();
        adder.increment();
        adder.decrement();
        adder.add(40);
        assertThat(adder.sum()).isEqualTo(41);
    }
}
