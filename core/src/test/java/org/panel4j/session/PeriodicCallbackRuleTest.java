package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.RecordingErrors;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 10: periodic callbacks on an injectable clock; no self-overlap unless asked; stop with the session. */
class PeriodicCallbackRuleTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final ManualScheduler clock = new ManualScheduler();
    private final RecordingErrors errors = new RecordingErrors();
    private final SessionHost host = SessionHost.create(c -> c.scheduler(clock).errorHandler(errors));
    private final TestSession page = TestSession.open(session -> new StaticText(), host);
    private final Session session = page.session();
    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void closeHost() {
        release.countDown();
        host.close();
    }

    private void advanceSeconds(double seconds) {
        clock.advance(Duration.ofMillis((long) (seconds * 1000)));
    }

    private PeriodicCallback blockingAsync() {
        return session.addPeriodicCallback(async(tick -> {
            runs.incrementAndGet();
            release.await(5, TimeUnit.SECONDS);
        }), SECOND);
    }

    @Test
    void syncCallback_runsOncePerPeriod_onTheClockThread_holdingTheLock() {
        var lockHeld = new CopyOnWriteArrayList<Boolean>();
        PeriodicCallback periodic = session.addPeriodicCallback(tick -> {
            runs.incrementAndGet();
            lockHeld.add(session.isLockHeldByCurrentThread());
        }, SECOND);

        advanceSeconds(0.999);
        assertThat(runs.get()).isZero();
        advanceSeconds(2.5);

        assertThat(runs.get()).isEqualTo(3);
        assertThat(periodic.counter()).isEqualTo(3);
        assertThat(lockHeld).containsOnly(true);
        assertThat(periodic.isRunning()).isTrue();
        assertThat(periodic.period()).isEqualTo(SECOND);
    }

    @Test
    void count_stopsAfterThatManyRuns() {
        PeriodicCallback periodic = session.addPeriodicCallback(tick -> runs.incrementAndGet(), SECOND).count(2);

        advanceSeconds(10);

        assertThat(errors.all()).isEmpty();
        assertThat(runs.get()).isEqualTo(2);
        assertThat(periodic.isRunning()).isFalse();
    }

    @Test
    void timeout_stopsItThatLongAfterItsStart() {
        PeriodicCallback periodic = session.addPeriodicCallback(tick -> runs.incrementAndGet(), SECOND)
                .timeout(Duration.ofMillis(2500));

        advanceSeconds(10);

        assertThat(runs.get()).isEqualTo(2);
        assertThat(periodic.isRunning()).isFalse();
    }

    @Test
    void stopAndStart_pauseAndResume_andStartResetsTheCounter() {
        PeriodicCallback periodic = session.addPeriodicCallback(tick -> runs.incrementAndGet(), SECOND);
        advanceSeconds(2);

        periodic.stop();
        periodic.stop();
        advanceSeconds(5);
        assertThat(runs.get()).isEqualTo(2);
        assertThat(periodic.isRunning()).isFalse();

        periodic.start();
        assertThat(periodic.counter()).isZero();
        advanceSeconds(1);
        assertThat(runs.get()).isEqualTo(3);
        assertThat(periodic.counter()).isEqualTo(1);
    }

    @Test
    void asyncCallback_runsOnAVirtualThreadWithoutTheLock() {
        var seen = new CopyOnWriteArrayList<Boolean>();
        session.addPeriodicCallback(async(tick -> {
            seen.add(Thread.currentThread().isVirtual());
            seen.add(session.isLockHeldByCurrentThread());
        }), SECOND);

        advanceSeconds(1);
        page.awaitQuiet(Duration.ofSeconds(5));

        assertThat(seen).containsExactly(true, false);
    }

    @Test
    void overlapSkip_isTheDefault_ticksWhileRunningAreSkipped() {
        PeriodicCallback periodic = blockingAsync();

        advanceSeconds(1);
        Waits.until(() -> runs.get() == 1, "the first run");
        advanceSeconds(3);
        assertThat(runs.get()).isEqualTo(1);
        assertThat(periodic.counter()).isEqualTo(1);

        release.countDown();
        page.awaitQuiet(Duration.ofSeconds(5));
        advanceSeconds(1);
        Waits.until(() -> runs.get() == 2, "the next run after the first finished");
    }

    @Test
    void overlapAllow_runsTicksSideBySide() {
        PeriodicCallback periodic = blockingAsync().overlap(PeriodicCallback.Overlap.ALLOW);

        advanceSeconds(3);

        Waits.until(() -> runs.get() == 3, "three overlapping runs");
        assertThat(session.runningTasks()).isEqualTo(3);
        assertThat(periodic.counter()).isEqualTo(3);
    }

    @Test
    void fixedRate_keepsTheGrid_fixedDelay_waitsAPeriodAfterTheRunEnds() {
        var rateRuns = new AtomicInteger();
        var delayRuns = new AtomicInteger();
        var rateRelease = new CountDownLatch(1);
        var delayRelease = new CountDownLatch(1);
        session.addPeriodicCallback(async(tick -> {
            rateRuns.incrementAndGet();
            rateRelease.await(5, TimeUnit.SECONDS);
        }), SECOND).timing(PeriodicCallback.Timing.FIXED_RATE);
        session.addPeriodicCallback(async(tick -> {
            delayRuns.incrementAndGet();
            delayRelease.await(5, TimeUnit.SECONDS);
        }), SECOND).timing(PeriodicCallback.Timing.FIXED_DELAY);

        advanceSeconds(1);
        Waits.until(() -> rateRuns.get() == 1 && delayRuns.get() == 1, "both first runs");
        advanceSeconds(1.5); // t = 2.5 s: both still running
        rateRelease.countDown();
        delayRelease.countDown();
        page.awaitQuiet(Duration.ofSeconds(5));

        advanceSeconds(0.5); // t = 3 s: the fixed-rate grid; the fixed-delay one is due at 3.5 s
        Waits.until(() -> rateRuns.get() == 2, "the fixed-rate run at 3 s");
        assertThat(delayRuns.get()).isEqualTo(1);
        advanceSeconds(0.5);
        Waits.until(() -> delayRuns.get() == 2, "the fixed-delay run at 3.5 s");
    }

    @Test
    void sessionEnd_stopsItsPeriodicCallbacks() {
        PeriodicCallback periodic = session.addPeriodicCallback(tick -> runs.incrementAndGet(), SECOND);
        advanceSeconds(1);

        SessionCore.of(session).destroy();
        advanceSeconds(5);

        assertThat(runs.get()).isEqualTo(1);
        assertThat(periodic.isRunning()).isFalse();
        assertThat(clock.pending()).isZero();
    }

    @Test
    void period_mustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.addPeriodicCallback(tick -> {}, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PeriodicCallback.period must be positive, not PT0S");
    }

    @Test
    void serverWidePeriodic_belongsToNoSession_andStopsWithTheHost() {
        var syncThreads = new CopyOnWriteArrayList<Thread>();
        var asyncRuns = new AtomicInteger();
        PeriodicCallback sync = host.addPeriodicCallback(tick -> syncThreads.add(Thread.currentThread()), SECOND);
        PeriodicCallback asynchronous = host.addPeriodicCallback(async(tick -> asyncRuns.incrementAndGet()), SECOND)
                .overlap(PeriodicCallback.Overlap.ALLOW); // runs of a few microseconds must not be skipped here

        advanceSeconds(2);
        Waits.until(() -> asyncRuns.get() == 2, "two async server-wide runs");
        SessionCore.of(session).destroy();
        advanceSeconds(1);
        Waits.until(() -> asyncRuns.get() == 3, "server-wide callbacks outlive sessions");

        assertThat(syncThreads).hasSize(3).containsOnly(Thread.currentThread());
        host.close();
        assertThat(sync.isRunning()).isFalse();
        assertThat(asynchronous.isRunning()).isFalse();
    }
}
