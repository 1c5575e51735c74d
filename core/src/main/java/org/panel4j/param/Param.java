package org.panel4j.param;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Callback;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;

/**
 * A typed, validated, observable value owned by a {@link Parameterized}: Param's {@code Parameter}
 * and JavaFX's property in one. A set is visible at once to every thread; a bad value throws
 * {@link IllegalArgumentException} and leaves the old one; sync watchers run before {@code set} returns.
 * Declared once through {@link #builder}. All methods are thread-safe.
 *
 * @param <T> the value type
 */
public final class Param<T> implements ReadOnlyParam<T> {

    private static final AtomicLong WATCHER_ORDER = new AtomicLong();
    private static final Watcher[] NO_WATCHERS = {};

    private static final int NULLABLE = 1;
    private static final int CONSTANT = 2;
    private static final int READ_ONLY = 4;
    private static final int CLIENT_WRITABLE = 8;
    private static final int SECRET = 16;

    private final Parameterized owner;
    private final String name;
    private final String doc;
    private final @Nullable Class<T> type;
    private final @Nullable T defaultValue;
    private final List<Validator<T>> validators;
    /** NULLABLE, CONSTANT, … in one byte: a session holds dozens of params (BENCHMARKS.md §4). */
    private final byte flags;
    /** To and from the browser; shared by all parameters of a type unless the declaration gave its own. */
    private final WireType<T> wire;
    /** Bounds and allowed values as declared, for tools that build inputs; null when neither was declared. */
    private final @Nullable Limits limits;
    /** Copy-on-write under the owner's write lock; the shared empty array while nobody watches. */
    private volatile Watcher[] watchers = NO_WATCHERS;
    private volatile @Nullable T value;

    private Param(ParamBuilder<T> b) {
        this.owner = b.owner;
        this.name = b.name;
        this.doc = b.doc;
        this.type = b.type;
        this.defaultValue = b.defaultValue;
        this.validators = List.copyOf(b.validators);
        this.flags = (byte) ((b.nullable ? NULLABLE : 0) | (b.constant ? CONSTANT : 0) | (b.readOnly ? READ_ONLY : 0)
                | (b.clientWritable ? CLIENT_WRITABLE : 0) | (b.secret ? SECRET : 0));
        this.wire = b.wireType();
        this.value = b.defaultValue;
        this.limits = b.lowerBound == null && b.allowed == null ? null : new Limits(b.lowerBound, b.upperBound, b.allowed);
    }

    /** What {@link ParamBuilder#bounds} and {@link ParamBuilder#allowed} declared. */
    @SuppressWarnings("rawtypes")
    private record Limits(@Nullable Supplier<? extends @Nullable Comparable> lower,
                          @Nullable Supplier<? extends @Nullable Comparable> upper,
                          @Nullable Supplier<? extends Collection<?>> allowed) {}

    static <T> Param<T> create(ParamBuilder<T> builder) {
        var param = new Param<>(builder);
        if (!param.has(NULLABLE) && param.value == null) {
            throw new IllegalArgumentException(param.label() + " needs a default value: it is not nullable");
        }
        builder.owner.register(param);
        return param;
    }

    /**
     * Starts declaring a parameter of {@code type} named {@code name} on {@code owner}; the value travels
     * to and from the browser as {@link WireTypes#forClass} says for that type.
     */
    public static <T> ParamBuilder<T> builder(Parameterized owner, String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return new ParamBuilder<>(owner, name, type, WireTypes.forClass(type));
    }

    /** Starts declaring a parameter whose value travels to and from the browser as {@code wire} says. */
    public static <T> ParamBuilder<T> builder(Parameterized owner, String name, WireType<T> wire) {
        return new ParamBuilder<>(owner, name, null, Objects.requireNonNull(wire, "wire"));
    }

    /** Starts declaring a parameter of a generic type (e.g. a list) that is not checked at run time. */
    public static <T> ParamBuilder<T> builder(Parameterized owner, String name) {
        return new ParamBuilder<>(owner, name, null, null);
    }

    // ---- reading ----------------------------------------------------------------------------

    /** The current value. */
    @Override
    public @Nullable T get() {
        return value;
    }

    /** The name, which is also the wire name, e.g. {@code "value"}. */
    @Override
    public String name() {
        return name;
    }

    /** The owner. */
    public Parameterized owner() {
        return owner;
    }

    /** What the parameter means, for docs and tooling; may be empty. */
    @Override
    public String doc() {
        return doc;
    }

    /** The declared default. */
    public @Nullable T defaultValue() {
        return defaultValue;
    }

    /** The declared class of its values, or null for a generic parameter or one declared with a {@link WireType}. */
    public @Nullable Class<T> type() {
        return type;
    }

    /** True if null is a valid value ({@link ParamBuilder#nullable()}). */
    public boolean isNullable() {
        return has(NULLABLE);
    }

    /** The lower bound declared with {@link ParamBuilder#bounds} as it is now, or null for none. */
    public @Nullable Comparable<?> lowerBound() {
        return limits == null || limits.lower() == null ? null : limits.lower().get();
    }

    /** The upper bound declared with {@link ParamBuilder#bounds} as it is now, or null for none. */
    public @Nullable Comparable<?> upperBound() {
        return limits == null || limits.upper() == null ? null : limits.upper().get();
    }

    /** The values declared with {@link ParamBuilder#allowed} as they are now, a copy; null if any value may do. */
    public @Nullable List<Object> allowedValues() {
        return limits == null || limits.allowed() == null ? null : List.copyOf(limits.allowed().get());
    }

    /** True if no code may set it after declaration. */
    public boolean isConstant() {
        return has(CONSTANT);
    }

    /** True if only its owner may set it (e.g. {@code Button.clicks}, set from browser clicks). */
    public boolean isReadOnly() {
        return has(READ_ONLY);
    }

    /** True if the browser may set it. */
    public boolean isClientWritable() {
        return has(CLIENT_WRITABLE);
    }

    /** True if its value is kept out of messages ({@link ParamBuilder#secret()}). */
    public boolean isSecret() {
        return has(SECRET);
    }

    /** {@code "Owner.name"}, as used in messages. */
    @Override
    public String label() {
        return owner.label() + "." + name;
    }

    /** The current value as sent to the browser (null, Boolean, Number, String, byte[], List, Map, Node). */
    public @Nullable Object wireValue() {
        T current = value;
        return current == null ? null : wire.toWire(current);
    }

    /** {@code value} as the browser would receive it (null stays null): what a test plays a browser sending. */
    public @Nullable Object toWire(@Nullable T value) {
        return value == null ? null : wire.toWire(value);
    }

    /**
     * The value a browser's copy {@code json} stands for, for tests and tools that read what a browser holds:
     * the parameter's conversion from the browser's value, or, for a parameter the browser only receives,
     * {@code json} itself when it is a value of the parameter (its declared class, or as sent when no
     * conversion to the wire was declared).
     *
     * @throws IllegalArgumentException if {@code json} has the wrong shape, or the parameter travels in a
     *                                  form that cannot be read back (e.g. a component sent as its node)
     */
    @SuppressWarnings("unchecked")
    public @Nullable T fromWire(@Nullable Object json) {
        if (json == null) {
            return null;
        }
        if (wire instanceof FunctionWireType<T> functions && functions.fromWireFunction() == ParamBuilder.NO_CONVERSION) {
            if (type != null ? type.isInstance(json) : wire == ParamBuilder.AS_IS) {
                return (T) json;
            }
            throw new IllegalArgumentException(label() + " reaches the browser in a form that cannot be read back as its"
                    + " value (" + json.getClass().getSimpleName() + ")");
        }
        return wire.fromWire(json);
    }

    // ---- writing ----------------------------------------------------------------------------

    /**
     * Sets the value and runs the watchers (sync ones before returning).
     *
     * @throws IllegalArgumentException if the value is not acceptable; the old value stays
     * @throws IllegalStateException if the parameter is constant or read-only
     */
    public void set(@Nullable T newValue) {
        checkWritable();
        setChecked(newValue, Origin.SERVER, null);
    }

    /**
     * Atomically replaces the value with {@code fn(current)}: concurrent updates never lose one another
     * (e.g. appending to a list). {@code fn} runs under a short internal lock and must not block or
     * touch other parameters. Watchers run afterwards, outside that lock.
     *
     * @throws IllegalArgumentException if the new value is not acceptable; the old value stays
     * @throws IllegalStateException if the parameter is constant or read-only
     */
    public void update(java.util.function.UnaryOperator<T> fn) {
        Objects.requireNonNull(fn, "fn");
        checkWritable();
        T old;
        T newValue;
        ReentrantLock writeLock = owner.writeLock();
        writeLock.lock();
        try {
            old = value;
            newValue = fn.apply(old);
            validate(newValue);
            value = newValue;
        } finally {
            writeLock.unlock();
        }
        notifyChange(old, newValue, Origin.SERVER, null);
    }

    /** Runs every watcher with a {@link ChangeType#TRIGGERED} event, the value unchanged; resends it too. */
    public void trigger() {
        T current = value;
        owner.onParamChanged(this);
        WatcherDispatch.fire(List.<Change<?>>of(new Change<>(this, current, current, ChangeType.TRIGGERED, Origin.SERVER, null)), null);
    }

    /**
     * Applies a value sent by the browser in {@code session}: converts it from its wire form, checks it is
     * client-writable and valid, then sets it with {@link Origin#CLIENT}.
     *
     * @throws ClientInputException if it is not writable, of the wrong type or not valid; nothing changes
     */
    public void setFromClient(@Nullable Object wire, Session session) {
        if (!has(CLIENT_WRITABLE)) {   // a client-writable declaration always has a conversion (ParamBuilder.build)
            throw new ClientInputException(ClientInputException.Code.NOT_WRITABLE, label() + " cannot be set by the client");
        }
        T converted;
        try {
            converted = wire == null ? null : this.wire.fromWire(wire);
        } catch (RuntimeException e) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE,
                    label() + " cannot take " + shown(wire) + ": " + e.getMessage(), e);
        }
        try {
            setChecked(converted, Origin.CLIENT, session);
        } catch (IllegalArgumentException e) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE, e.getMessage(), e);
        }
    }

    void setByOwner(@Nullable T newValue, Origin origin, @Nullable Session session) {
        setChecked(newValue, origin, session);
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    private void setChecked(@Nullable T newValue, Origin origin, @Nullable Session session) {
        validate(newValue);
        notifyChange(swap(newValue), newValue, origin, session);
    }

    private void notifyChange(@Nullable T old, @Nullable T newValue, Origin origin, @Nullable Session session) {
        boolean changed = !Objects.deepEquals(old, newValue);
        if (changed) {
            owner.onParamChanged(this);
        }
        if (watchers.length == 0) {
            return; // nobody to tell: no event to build (e.g. a text an async task sets)
        }
        var change = new Change<>(this, old, newValue, changed ? ChangeType.CHANGED : ChangeType.SET, origin, session);
        WatcherDispatch.fire(List.<Change<?>>of(change), session);
    }

    void checkWritable() {
        if (has(CONSTANT)) {
            throw new IllegalStateException(label() + " is constant");
        }
        if (has(READ_ONLY)) {
            throw new IllegalStateException(label() + " is read-only");
        }
    }

    /** Throws {@link IllegalArgumentException} in Param's words if {@code candidate} is not acceptable. */
    void validate(@Nullable T candidate) {
        if (candidate == null) {
            if (!has(NULLABLE)) {
                throw new IllegalArgumentException(label() + " must not be null");
            }
            return;
        }
        if (type != null && !type.isInstance(candidate)) {
            throw new IllegalArgumentException(label() + " must be a " + type.getSimpleName()
                    + ", not " + shown(candidate) + " (" + candidate.getClass().getSimpleName() + ")");
        }
        for (Validator<T> validator : validators) {
            String problem = validator.check(candidate);
            if (problem != null) {
                throw new IllegalArgumentException(label() + " " + problem + ", not " + shown(candidate));
            }
        }
    }

    @Nullable T swap(@Nullable T newValue) {
        ReentrantLock writeLock = owner.writeLock();
        writeLock.lock();
        try {
            T old = value;
            value = newValue;
            return old;
        } finally {
            writeLock.unlock();
        }
    }

    /** How this parameter's value appears in messages: {@link #describe}, or {@code (hidden)} when secret. */
    String shown(@Nullable Object v) {
        return has(SECRET) && v != null ? "(hidden)" : describe(v);
    }

    /** A short, safe rendering of a value for messages. */
    static String describe(@Nullable Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof byte[] bytes) {
            return "byte[" + bytes.length + "]";
        }
        String text = ClientText.bounded(v instanceof Object[] array ? Arrays.toString(array) : String.valueOf(v), 80);
        return v instanceof CharSequence ? "'" + text + "'" : text;
    }

    // ---- watching ---------------------------------------------------------------------------

    /** Calls {@code callback} with each change, with default {@link WatchOptions}. */
    @Override
    public Registration watch(Callback<? super Change<T>> callback) {
        return watch(callback, WatchOptions.DEFAULT);
    }

    /**
     * Calls {@code callback} with each change as {@code options} say. A plain callback runs on the
     * setting thread holding the session lock; an {@code Async} one on its own virtual thread.
     */
    @Override
    public Registration watch(Callback<? super Change<T>> callback, WatchOptions options) {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(options, "options");
        return register(List.of(this), new Watcher(callback, false, options, WATCHER_ORDER.incrementAndGet()));
    }

    /** Calls {@code callback} once per change batch of any of {@code params}, with all its events. */
    public static Registration watchAll(Callback<? super List<Change<?>>> callback, WatchOptions options,
                                        Param<?>... params) {
        Objects.requireNonNull(callback, "callback");
        if (params.length == 0) {
            throw new IllegalArgumentException("watchAll needs at least one parameter");
        }
        return register(List.of(params), new Watcher(callback, true, options, WATCHER_ORDER.incrementAndGet()));
    }

    private static Registration register(List<Param<?>> params, Watcher watcher) {
        for (Param<?> param : params) {
            param.addWatcher(watcher);
        }
        Registration registration = () -> {
            for (Param<?> param : params) {
                param.removeWatcher(watcher);
            }
        };
        Session session = watcher.options().session();
        if (session != null) {
            session.own(registration);
        }
        return registration;
    }

    /** The watchers now, a snapshot never written again (do not modify it). */
    Watcher[] watcherArray() {
        return watchers;
    }

    private void addWatcher(Watcher watcher) {
        ReentrantLock lock = owner.writeLock();
        lock.lock();
        try {
            Watcher[] grown = Arrays.copyOf(watchers, watchers.length + 1);
            grown[watchers.length] = watcher;
            watchers = grown;
        } finally {
            lock.unlock();
        }
    }

    private void removeWatcher(Watcher watcher) {
        ReentrantLock lock = owner.writeLock();
        lock.lock();
        try {
            Watcher[] current = watchers;
            for (int i = 0; i < current.length; i++) {
                if (current[i] == watcher) {
                    Watcher[] shrunk = new Watcher[current.length - 1];
                    System.arraycopy(current, 0, shrunk, 0, i);
                    System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
                    watchers = shrunk.length == 0 ? NO_WATCHERS : shrunk;
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return label() + "=" + shown(value);
    }
}
