package org.panel4j.session;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A value shared by many sessions, e.g. one data feed that a server-wide periodic callback
 * ({@link ServerState#addPeriodicCallback}) sets and every page shows. Each session binds its own
 * components to it with {@link #bind}; the binding goes when the session ends, so nothing leaks.
 *
 * <p>Delivery: {@link #set} returns at once, from any thread, never waiting for a session. Each bound
 * session then applies the value soon on a virtual thread of its own, holding its session lock (like a
 * sync callback), newest value wins: a session that is busy applies only the latest value once it is free,
 * and always applies the final one. A session's slow callback delays only that session. Values should
 * be immutable (they are read by many threads). Errors in a binding go to the session's error pipeline
 * (kind {@code shared}) and the binding stays.
 *
 * {@snippet :
 * SharedValue<Double> price = SharedValue.of(0.0);
 * App app = session -> {
 *     var text = new StaticText();
 *     price.bind(session, p -> text.setValue("Price: " + p));
 *     return new Row(text);
 * };
 * }
 *
 * @param <T> the value type
 */
public final class SharedValue<T> {

    private final ReentrantLock writeLock = new ReentrantLock();
    private final Set<Binding<T>> bindings = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private volatile T value;

    private SharedValue(T initial) {
        this.value = initial;
    }

    /** A shared value starting at {@code initial} (not null). */
    public static <T> SharedValue<T> of(T initial) {
        return new SharedValue<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The current value. */
    public T get() {
        return value;
    }

    /** Sets the value (not null) and hands it to every bound session; nothing happens when it equals the current one. */
    public void set(T newValue) {
        Objects.requireNonNull(newValue, "value");
        T old;
        writeLock.lock();
        try {
            old = value;
            value = newValue;
        } finally {
            writeLock.unlock();
        }
        if (!Objects.equals(old, newValue)) {
            fanOut();
        }
    }

    /**
     * Atomically replaces the value with {@code fn(current)} (concurrent updates never lose one another), then
     * hands it to every bound session. {@code fn} runs under a short lock: it must not block.
     */
    public void update(UnaryOperator<T> fn) {
        Objects.requireNonNull(fn, "fn");
        T old;
        T newValue;
        writeLock.lock();
        try {
            old = value;
            newValue = Objects.requireNonNull(fn.apply(old), "the update returned null");
            value = newValue;
        } finally {
            writeLock.unlock();
        }
        if (!Objects.equals(old, newValue)) {
            fanOut();
        }
    }

    /**
     * Calls {@code apply} with the current value and then with every later one, in {@code session}, holding
     * its lock: at once when the calling thread holds it (the app factory, a sync callback), else soon on a
     * virtual thread. The binding ends when the returned registration is cancelled or the session ends.
     */
    public Registration bind(Session session, Callback<? super T> apply) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(apply, "apply");
        var binding = new Binding<T>(this, session, apply);
        bindings.add(binding);
        Registration registration = () -> {
            binding.cancelled = true;
            bindings.remove(binding);
        };
        session.own(registration); // cancelled at once if the session has ended
        if (session.isLockHeldByCurrentThread()) {
            binding.apply();
        } else {
            binding.offer();
        }
        return registration;
    }

    /** The number of live bindings (a session that ended has none). */
    public int bindingCount() {
        return bindings.size();
    }

    private void fanOut() {
        for (Binding<T> binding : bindings) {
            binding.offer();
        }
    }

    @Override
    public String toString() {
        return "SharedValue[" + ClientText.bounded(value, 80) + "]";
    }

    /** One session's binding: at most one application queued at a time, which reads the newest value. */
    private static final class Binding<T> {
        private final SharedValue<T> shared;
        private final Session session;
        private final Callback<? super T> callback;
        private final AtomicBoolean queued = new AtomicBoolean();
        private final Callback<Session> run = s -> apply();
        volatile boolean cancelled;
        /** The value applied last; guarded by the session lock. */
        private @Nullable Object applied;

        Binding(SharedValue<T> shared, Session session, Callback<? super T> callback) {
            this.shared = shared;
            this.session = session;
            this.callback = callback;
        }

        void offer() {
            if (!cancelled && queued.compareAndSet(false, true)) {
                session.core().execute(run, "shared", shared);
            }
        }

        /** Applies the newest value unless it was applied already; runs holding the session lock. */
        void apply() {
            queued.set(false);
            T current = shared.value;
            if (cancelled || current == applied) {
                return;
            }
            applied = current;
            try {
                callback.call(current);
            } catch (Throwable e) {
                session.core().report(e, "shared", current, shared);
            }
        }
    }
}
