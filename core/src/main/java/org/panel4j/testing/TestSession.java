package org.panel4j.testing;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.AppSession;
import org.panel4j.component.Component;
import org.panel4j.session.ClientSink;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.widget.Button;

/**
 * A session of your app driven as a browser would drive it, without a network: the same session,
 * lock, tasks and outbox as in the server, with a {@link ClientMirror} as the client. Waits poll a
 * condition; nothing sleeps a fixed time.
 *
 * {@snippet :
 * try (var page = TestSession.open(session -> new Row(button, text))) {
 *     page.click(button);
 *     page.awaitClientValue(text, "value", "Finished 1"::equals, Duration.ofSeconds(5));
 * }
 * }
 */
public final class TestSession implements AutoCloseable {

    private final SessionHost host;
    private final boolean ownsHost;
    private final AppSession app;
    private final ClientMirror client = new ClientMirror();
    private final AtomicLong clientSeq = new AtomicLong();
    private ClientSink sink;

    private TestSession(SessionHost host, boolean ownsHost, App app) {
        this.host = host;
        this.ownsHost = ownsHost;
        this.app = AppSession.open(app, host);
        connect();
    }

    /** Opens {@code app} on a fresh host with the real clock, connected. */
    public static TestSession open(App app) {
        return new TestSession(SessionHost.create(), true, app);
    }

    /** Opens {@code app} on a fresh host configured by {@code config} (e.g. a {@link ManualScheduler}). */
    public static TestSession open(App app, Consumer<SessionHost.Config.Builder> config) {
        return new TestSession(SessionHost.create(config), true, app);
    }

    /** Opens {@code app} in a new session of {@code host}; closing this ends only that session. */
    public static TestSession open(App app, SessionHost host) {
        return new TestSession(host, false, app);
    }

    /** The session. */
    public Session session() {
        return app.session();
    }

    /** The root of the view. */
    public Component root() {
        return app.root();
    }

    /** What the browser holds. */
    public ClientMirror client() {
        return client;
    }

    /** Connects (or reconnects) the client: it receives the whole view, then every batch. */
    public void connect() {
        connectThrough(UnaryOperator.identity());
    }

    /**
     * Connects (or reconnects) the client through {@code network}, which wraps the mirror's sink:
     * e.g. a sink whose stage completes later plays a slow network. The snapshot reaches the mirror directly.
     */
    public void connectThrough(UnaryOperator<ClientSink> network) {
        Objects.requireNonNull(network, "network");
        // A batch may be flushed before connect returns (onLoad callbacks run inside it, other threads keep
        // changing things): hold every batch until the snapshot is applied, as a browser gets init first.
        var initialised = new CountDownLatch(1);
        ClientSink mirror = batch -> {
            try {
                initialised.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(e);
            }
            client.apply(batch);
            return ClientSink.written();
        };
        ClientSink next = Objects.requireNonNull(network.apply(mirror), "sink");
        try {
            client.init(SessionCore.of(app.session()).connect(next));
        } finally {
            initialised.countDown();
        }
        sink = next;
    }

    /** Disconnects the client, as a closed tab or a cut network would. */
    public void disconnect() {
        SessionCore.of(app.session()).disconnect(sink);
    }

    /** Clicks {@code button} as the browser does (through the session, holding its lock). */
    public void click(Button button) {
        event(button, "click");
    }

    /** Sends event {@code name} for {@code component} as the browser does. */
    public void event(Component component, String name) {
        SessionCore.of(app.session()).applyClientEvent(component.id(), name, Map.of());
    }

    /** Sets {@code prop} of {@code component} to the JSON-like {@code value} as the browser does. */
    public void set(Component component, String prop, @Nullable Object value) {
        SessionCore.of(app.session()).applyClientValue(component.id(), prop, value, clientSeq.incrementAndGet());
    }

    /** The value of {@code prop} of {@code component} as the browser last received it. */
    public @Nullable Object clientValue(Component component, String prop) {
        return client.value(component.id(), prop);
    }

    /**
     * Waits until the session is quiet (no async task, no pending delivery, lock free).
     *
     * @throws AssertionError if it is not quiet within {@code timeout}
     */
    public void awaitQuiet(Duration timeout) {
        awaitCondition(() -> SessionCore.of(app.session()).isQuiet(), timeout, "the session to be quiet");
    }

    /**
     * Waits until the browser's value of {@code prop} of {@code component} matches.
     *
     * @throws AssertionError naming the last value if it does not within {@code timeout}
     */
    public void awaitClientValue(Component component, String prop, Predicate<Object> condition, Duration timeout) {
        Objects.requireNonNull(condition, "condition");
        awaitCondition(() -> {
            Object value = clientValue(component, prop);
            return value != null && condition.test(value);
        }, timeout, () -> component + "." + prop + " to match (last: " + clientValue(component, prop) + ")");
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
        awaitCondition(condition, timeout, () -> what);
    }

    /** Polls {@code condition}; {@code what} is built only on timeout, so it shows the state at that moment. */
    private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout,
                                       java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what.get());
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what.get(), e);
            }
        }
    }

    /** Ends the session (and the host, if this opened it). */
    @Override
    public void close() {
        SessionCore.of(app.session()).destroy();
        if (ownsHost) {
            host.close();
        }
    }
}
