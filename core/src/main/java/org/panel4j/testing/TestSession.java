package org.panel4j.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.AppSession;
import org.panel4j.component.Component;
import org.panel4j.param.ObservableValue;
import org.panel4j.param.Param;
import org.panel4j.session.ClientSink;
import org.panel4j.session.ClientText;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.widget.Button;

/**
 * A session of your app driven as a browser would drive it, without a network: the same session,
 * lock, tasks and outbox as in the server, with a {@link ClientMirror} as the client. Waits poll a
 * condition; nothing sleeps a fixed time.
 *
 * <p>Address what the browser shows by property: {@link #set(ObservableValue, Object)} sends a value as
 * the browser would, {@link #await(ObservableValue, Predicate)} waits until the browser's copy of a
 * property matches, read back as the property's type; {@link #find(Class, String)} finds a component
 * by type and label. The string methods ({@link #set(Component, String, Object)},
 * {@link #awaitClientValue}, {@link #clientValue}) take wire names and values, for what the typed ones
 * cannot say (a malformed value, a property with no Java accessor); a name the component does not have
 * fails at once, naming the ones it has.
 *
 * {@snippet :
 * try (var page = TestSession.open(session -> new Row(new Button("Click me!"), text))) {
 *     page.click(page.find(Button.class, "Click me!"));
 *     page.await(text.valueProperty(), "Finished 1"::equals);
 * }
 * }
 */
public final class TestSession implements AutoCloseable {

    /** How long {@link #await(ObservableValue, Predicate)} waits when not told. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

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
        event(component, name, Map.of());
    }

    /**
     * Sends event {@code name} with {@code payload} (JSON-like: maps, lists, strings, numbers, booleans)
     * for {@code component} as the browser does.
     *
     * @throws org.panel4j.session.ClientInputException if the session refuses it, as it would a browser's
     */
    public void event(Component component, String name, Map<String, Object> payload) {
        SessionCore.of(app.session()).applyClientEvent(component.id(), name, payload);
    }

    /**
     * Sets {@code property} to {@code value} as the browser does: the value in its wire form, applied as
     * client input (checked as the browser's would be: writable, valid). {@code property} is a parameter
     * of a component shown in this session, or a widget (its {@code value}).
     *
     * @throws IllegalArgumentException if the property does not belong to a component, or its component is
     *                                  not shown in this session
     * @throws org.panel4j.session.ClientInputException if the session refuses the value, as it would a browser's
     */
    public <T> void set(ObservableValue<T> property, @Nullable T value) {
        Param<T> param = clientVisible(property, "set");
        Component owner = (Component) param.owner();
        if (!owner.sessions().contains(session())) {
            throw new IllegalArgumentException("Cannot set " + param.label() + ": " + owner + " is not shown in this session");
        }
        SessionCore.of(app.session()).applyClientValue(owner.id(), param.name(), param.toWire(value),
                clientSeq.incrementAndGet());
    }

    /**
     * Sets wire property {@code prop} of {@code component} to the JSON-like {@code value} as the browser does.
     *
     * @throws IllegalArgumentException if {@code component} has no property {@code prop}, naming those it has
     * @throws org.panel4j.session.ClientInputException if the session refuses the value, as it would a browser's
     */
    public void set(Component component, String prop, @Nullable Object value) {
        WireNames.check(component, prop, client);
        SessionCore.of(app.session()).applyClientValue(component.id(), prop, value, clientSeq.incrementAndGet());
    }

    /**
     * The wire value of {@code prop} of {@code component} as the browser last received it, or null.
     *
     * @throws IllegalArgumentException if {@code component} has no property {@code prop}, naming those it has
     */
    public @Nullable Object clientValue(Component component, String prop) {
        WireNames.check(component, prop, client);
        return client.value(component.id(), prop);
    }

    /**
     * The one component of {@code type} labelled {@code label} under the root. The label is what a user
     * reads on it: its {@code name} (every widget, e.g. a button's text; indicators), else its {@code title}
     * (a card, a modal, a figure); panes and plain layouts have none.
     *
     * @throws AssertionError if there is none or more than one, listing the components shown (types and labels)
     */
    public <T extends Component> T find(Class<T> type, String label) {
        Objects.requireNonNull(label, "label");
        List<T> found = ComponentTree.ofType(root(), type).stream()
                .filter(c -> ComponentTree.label(c).equals(label)).toList();
        return ComponentTree.single(root(), found, type.getSimpleName() + " labelled '" + label + "'");
    }

    /**
     * The one component of {@code type} under the root.
     *
     * @throws AssertionError if there is none or more than one, listing the components shown (types and labels)
     */
    public <T extends Component> T find(Class<T> type) {
        return ComponentTree.single(root(), ComponentTree.ofType(root(), type), "a " + type.getSimpleName());
    }

    /** Every component of {@code type} under the root (the root included), depth first; may be empty. */
    public <T extends Component> List<T> findAll(Class<T> type) {
        return ComponentTree.ofType(root(), type);
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
     * Waits until the browser's wire value of {@code prop} of {@code component} is not null and matches.
     *
     * @throws IllegalArgumentException at once if {@code component} has no property {@code prop}, naming those it has
     * @throws AssertionError naming the last value if it does not match within {@code timeout}
     */
    public void awaitClientValue(Component component, String prop, Predicate<Object> condition, Duration timeout) {
        Objects.requireNonNull(condition, "condition");
        WireNames.check(component, prop, client);
        awaitCondition(() -> {
            Object value = client.value(component.id(), prop);
            return value != null && condition.test(value);
        }, timeout, () -> component + "." + prop + " to match (last: " + client.value(component.id(), prop) + ")");
    }

    /**
     * Waits up to {@link #DEFAULT_TIMEOUT} until the browser's copy of {@code property} matches; see
     * {@link #await(ObservableValue, Predicate, Duration)}.
     */
    public <T> @Nullable T await(ObservableValue<T> property, Predicate<? super @Nullable T> condition) {
        return await(property, condition, DEFAULT_TIMEOUT);
    }

    /**
     * Waits until the browser's copy of {@code property} (a parameter of a component, or a widget's
     * {@code value}), read back from its wire form as the property's type, matches {@code condition};
     * returns that value. The condition is tested once the browser holds the property (null included,
     * for a nullable one).
     *
     * @throws IllegalArgumentException if the property does not belong to a component or cannot be read
     *                                  back from its wire form
     * @throws AssertionError naming the component, the property and the last value seen if it does not
     *                        match within {@code timeout}
     */
    public <T> @Nullable T await(ObservableValue<T> property, Predicate<? super @Nullable T> condition, Duration timeout) {
        Objects.requireNonNull(condition, "condition");
        Param<T> param = clientVisible(property, "await");
        Component owner = (Component) param.owner();
        var last = new AtomicReference<@Nullable Object>(NOT_RECEIVED);
        awaitCondition(() -> {
            if (!client.holds(owner.id(), param.name())) {
                return false;
            }
            T value = param.fromWire(client.value(owner.id(), param.name()));
            last.set(value);
            return condition.test(value);
        }, timeout, () -> owner + "." + param.name() + " to match in the browser (last value seen: "
                + (last.get() == NOT_RECEIVED ? "none, the browser has not received it"
                        : param.isSecret() && last.get() != null ? "(hidden)" : shown(last.get())) + ")");
        @SuppressWarnings("unchecked")
        T matched = (T) last.get();
        return matched;
    }

    /** What {@link #await} saw before the browser held a value. */
    private static final Object NOT_RECEIVED = new Object();

    private static String shown(@Nullable Object value) {
        String text = ClientText.bounded(value, 200);
        return value instanceof CharSequence ? "'" + text + "'" : text;
    }

    /** The parameter of {@code property}, which a browser sees: it belongs to a component. */
    private static <T> Param<T> clientVisible(ObservableValue<T> property, String action) {
        Objects.requireNonNull(property, "property");
        Param<T> param = (Param<T>) property.observed();   // ReadOnlyParam permits Param only
        if (!(param.owner() instanceof Component)) {
            throw new IllegalArgumentException("Cannot " + action + " " + param.label() + " in the browser: it belongs to a "
                    + param.owner().getClass().getSimpleName() + ", not a component, so no browser sees it");
        }
        return param;
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
