package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.AppSession;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.RecordingErrors;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.StaticText;

/**
 * docs/server-wide-state.md without a server: a shared value fed by one server-wide periodic callback,
 * the bounded cache, and the session created/destroyed hooks (the server's side: server ServerStateTest).
 */
class ServerStateTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final ManualScheduler clock = new ManualScheduler();
    private final RecordingErrors errors = new RecordingErrors();
    private final SessionHost host = SessionHost.create(c -> c.scheduler(clock).errorHandler(errors));
    private final ServerState state = host.state();

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void sharedValue_reachesEverySession_andABusySessionGetsTheFinalValueWithoutDelayingTheFeed() throws Exception {
        var price = SharedValue.of(0);
        var texts = new ArrayList<StaticText>();
        var sessions = new ArrayList<Session>();
        for (int i = 0; i < 50; i++) {
            var text = new StaticText();
            texts.add(text);
            sessions.add(AppSession.open(session -> {
                price.bind(session, p -> text.setValue("price " + p));
                return text;
            }, host).session());
        }
        assertThat(texts).allMatch(t -> t.getValue().equals("price 0")); // bound in the factory: applied at once
        var busy = new CountDownLatch(1);
        var holding = new CountDownLatch(1);
        sessions.getFirst().execute(s -> { // a sync callback that keeps session 0's lock
            holding.countDown();
            busy.await(10, TimeUnit.SECONDS);
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        for (int v = 1; v <= 20; v++) {
            price.set(v); // never waits for session 0
        }
        Waits.until(() -> texts.stream().skip(1).allMatch(t -> t.getValue().equals("price 20")), "the others have 20");
        assertThat(texts.getFirst().getValue()).isEqualTo("price 0");
        busy.countDown();
        Waits.until(() -> texts.getFirst().getValue().equals("price 20"), "the busy session gets the final value");
        assertThat(errors.all()).isEmpty();
    }

    @Test
    void sharedValue_bindingGoesWithTheSession() {
        var feed = SharedValue.of("a");
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sessions.add(AppSession.open(session -> {
                var text = new StaticText();
                feed.bind(session, text::setValue);
                return text;
            }, host).session());
        }
        assertThat(feed.bindingCount()).isEqualTo(10);
        sessions.forEach(s -> SessionCore.of(s).destroy());
        assertThat(feed.bindingCount()).isZero();
        Session ended = sessions.getFirst();
        feed.bind(ended, v -> { throw new AssertionError("an ended session applies nothing"); });
        assertThat(feed.bindingCount()).isZero();
        feed.set("b");
        assertThat(errors.all()).isEmpty();
    }

    @Test
    void sharedValue_anErrorInOneBinding_isReported_andTheBindingStays() {
        var feed = SharedValue.of(1);
        var seen = new CopyOnWriteArrayList<Integer>();
        Session session = AppSession.open(s -> {
            feed.bind(s, v -> {
                seen.add(v);
                if (v == 2) {
                    throw new IllegalStateException("bad value");
                }
            });
            return new StaticText();
        }, host).session();
        feed.set(2);
        CallbackError error = errors.await(1).getFirst();
        assertThat(error.kind()).isEqualTo("shared");
        assertThat(error.session()).isSameAs(session);
        feed.set(3);
        Waits.until(() -> seen.contains(3), "the binding goes on after the error");
    }

    @Test
    void serverWidePeriodic_runsOncePerPeriod_whateverTheSessions_andGoesOnAfterAnError() {
        var feed = SharedValue.of(0);
        var runs = new AtomicInteger();
        state.addPeriodicCallback(tick -> {
            if (runs.incrementAndGet() == 2) {
                throw new IllegalStateException("the feed failed once");
            }
            feed.set(runs.get());
        }, SECOND);
        var texts = new ArrayList<StaticText>();
        for (int i = 0; i < 30; i++) {
            var text = new StaticText();
            texts.add(text);
            AppSession.open(session -> {
                feed.bind(session, v -> text.setValue("v" + v));
                return text;
            }, host);
        }
        clock.advance(Duration.ofSeconds(5));
        assertThat(runs.get()).isEqualTo(5);
        CallbackError error = errors.await(1).getFirst();
        assertThat(error.kind()).isEqualTo("periodic");
        assertThat(error.session()).isNull();
        Waits.until(() -> texts.stream().allMatch(t -> t.getValue().equals("v5")), "every session shows 5");
        host.close();
        clock.advance(Duration.ofSeconds(5));
        assertThat(runs.get()).isEqualTo(5);
    }

    @Test
    void cache_loadsOncePerKey_forConcurrentCallers_onTheCallersThread() throws Exception {
        var loads = new AtomicInteger();
        var loaderThreads = new CopyOnWriteArrayList<Thread>();
        var release = new CountDownLatch(1);
        SharedCache<String, String> cache = state.cache(100, Duration.ofMinutes(1), key -> {
            loads.incrementAndGet();
            loaderThreads.add(Thread.currentThread());
            release.await(10, TimeUnit.SECONDS);
            return key.toUpperCase();
        });
        var results = new CopyOnWriteArrayList<String>();
        var callers = new ArrayList<Thread>();
        for (int i = 0; i < 20; i++) {
            callers.add(Thread.ofVirtual().start(() -> results.add(cache.get("a"))));
        }
        Waits.until(() -> loads.get() == 1, "one load started");
        release.countDown();
        for (Thread caller : callers) {
            caller.join(10_000);
        }
        assertThat(results).hasSize(20).containsOnly("A");
        assertThat(loads.get()).isEqualTo(1);
        assertThat(callers).contains(loaderThreads.getFirst());
    }

    @Test
    void cache_expiresOnTheHostsClock_isBoundedInSize_andCachesNoFailure() {
        var loads = new AtomicInteger();
        var fail = new AtomicBoolean(true);
        SharedCache<Integer, String> cache = state.cache(10, Duration.ofMinutes(5), key -> {
            loads.incrementAndGet();
            if (key == -1 && fail.get()) {
                throw new java.io.IOException("database down");
            }
            return "v" + key;
        });
        assertThatThrownBy(() -> cache.get(-1)).isInstanceOf(PanelException.class)
                .hasCauseInstanceOf(java.io.IOException.class).hasMessageContaining("Loading -1 failed");
        fail.set(false);
        assertThat(cache.get(-1)).isEqualTo("v-1"); // the failure was not cached
        assertThat(cache.get(1)).isEqualTo("v1");
        assertThat(cache.get(1)).isEqualTo("v1");
        assertThat(loads.get()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(5));
        assertThat(cache.getIfPresent(1)).isEmpty();
        assertThat(cache.get(1)).isEqualTo("v1");
        assertThat(loads.get()).isEqualTo(4);
        for (int k = 0; k < 100; k++) {
            cache.get(k);
        }
        cache.cleanUp();
        assertThat(cache.estimatedSize()).isLessThanOrEqualTo(10);
        assertThatThrownBy(() -> state.cache(0, SECOND, k -> k)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SharedCache.maximumSize must be at least 1, not 0");
    }

    @Test
    void sessionHooks_runAfterTheAppIsBuilt_withoutTheLock_onceEach_andTheirErrorsAreReported() {
        var created = new CopyOnWriteArrayList<Session>();
        var destroyed = new CopyOnWriteArrayList<Session>();
        var built = new AtomicBoolean();
        var lockHeld = new AtomicBoolean();
        state.onSessionCreated(session -> {
            assertThat(built).isTrue();
            lockHeld.set(session.isLockHeldByCurrentThread());
            created.add(session);
        });
        state.onSessionCreated(session -> { throw new IllegalStateException("a failing hook"); });
        state.onSessionDestroyed(destroyed::add);
        Session session = AppSession.open(s -> {
            built.set(true);
            return new StaticText();
        }, host).session();
        assertThat(created).containsExactly(session);
        assertThat(lockHeld).isFalse();
        assertThat(errors.await(1).getFirst().kind()).isEqualTo("sessionCreated");
        assertThat(state.sessionCount()).isEqualTo(1);
        SessionCore.of(session).destroy();
        SessionCore.of(session).destroy();
        assertThat(destroyed).containsExactly(session);
        assertThatThrownBy(() -> AppSession.open(s -> { throw new IllegalStateException("no view"); }, host))
                .isInstanceOf(PanelException.class);
        assertThat(created).hasSize(1); // a session whose app failed was never announced
        assertThat(destroyed).hasSize(1);
    }

    @Test
    void sessionLink_namesTheSession_untilItEnds() {
        Session session = AppSession.open(s -> new StaticText(), host).session();
        String link = state.sessionLink(session, "/report");
        assertThat(link).startsWith("/report?" + ServerState.LINK_PARAMETER + "=");
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(token).hasSize(22).doesNotContain(session.id());
        assertThat(state.sessionLink(session, "/other?x=1")).endsWith("&" + ServerState.LINK_PARAMETER + "=" + token);
        assertThat(host.findByLinkToken(token)).containsSame(session);
        assertThat(host.findByLinkToken(token.substring(1) + "A")).isEmpty();
        assertThat(host.findByLinkToken("x".repeat(10_000))).isEmpty();
        SessionCore.of(session).destroy();
        assertThat(host.findByLinkToken(token)).isEmpty();
        assertThat(host.links().size()).isZero();
        assertThatThrownBy(() -> state.sessionLink(session, "https://evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.sessionLink(session, "/a\r\nSet-Cookie: x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
