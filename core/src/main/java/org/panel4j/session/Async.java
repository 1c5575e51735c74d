package org.panel4j.session;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A callback marked to run on its own virtual thread, without the session lock, under a
 * {@link Concurrency} policy. Blocking inside it is fine. Create one with {@link #of}.
 *
 * @param <E> the event type
 */
public final class Async<E> implements Callback<E> {

    private final @Nullable TaskCallback<E> taskBody; // exactly one of taskBody and plainBody is set
    private final @Nullable Callback<E> plainBody;    // called directly: no adapter frame on every task's stack
    private final Concurrency concurrency;
    private final boolean locked;

    private Async(@Nullable TaskCallback<E> taskBody, @Nullable Callback<E> plainBody, Concurrency concurrency,
                  boolean locked) {
        this.taskBody = taskBody;
        this.plainBody = plainBody;
        this.concurrency = Objects.requireNonNull(concurrency, "concurrency");
        this.locked = locked;
    }

    /** Wraps {@code body} to run asynchronously with the {@link Concurrency#PARALLEL} policy. */
    public static <E> Async<E> of(Callback<E> body) {
        Objects.requireNonNull(body, "body");
        return body instanceof Async<E> a ? a : new Async<>(null, body, Concurrency.PARALLEL, false);
    }

    /** Like {@link #of(Callback)}, for a body that reads its {@link Task} (cancellation, progress). */
    public static <E> Async<E> ofTask(TaskCallback<E> body) {
        return new Async<>(Objects.requireNonNull(body, "body"), null, Concurrency.PARALLEL, false);
    }

    /** Returns a copy that follows {@code policy} when invoked while still running. */
    public Async<E> with(Concurrency policy) {
        return new Async<>(taskBody, plainBody, policy, locked);
    }

    /** Returns a copy that holds the session lock for its whole run (Panel's {@code with_lock}). */
    public Async<E> withLock() {
        return new Async<>(taskBody, plainBody, concurrency, true);
    }

    /** The policy followed when invoked while an earlier invocation runs. */
    public Concurrency concurrency() {
        return concurrency;
    }

    /** Whether the body runs holding the session lock. */
    public boolean isLocked() {
        return locked;
    }

    /**
     * Runs the body on the calling thread with no task; sessions run it through
     * {@link org.panel4j.session.internal.SessionCore#dispatch} instead, on a virtual thread of its own.
     */
    @Override
    public void call(E event) throws Exception {
        run(event, Task.detached());
    }

    void run(E event, Task task) throws Exception {
        if (plainBody != null) {
            plainBody.call(event);
        } else {
            Objects.requireNonNull(taskBody).call(event, task);
        }
    }

    /** The body given to {@link #of}, called directly by a session's task (one frame less); else null. */
    @Nullable Callback<E> plainBody() {
        return plainBody;
    }
}
