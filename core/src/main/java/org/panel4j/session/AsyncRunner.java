package org.panel4j.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs one session's {@link Async} callbacks: each on a virtual thread of the session's tasks, under
 * its handler's {@link Concurrency} policy, holding the session lock only if it asked to; errors go to
 * the session's error pipeline, cancellation is not an error.
 */
final class AsyncRunner {

    private final SessionCoreImpl core;
    private final TaskGroup tasks;
    private final Map<Async<?>, PolicyGate> gates = new ConcurrentHashMap<>();

    AsyncRunner(SessionCoreImpl core, TaskGroup tasks) {
        this.core = core;
        this.tasks = tasks;
    }

    /**
     * Starts, queues or drops an invocation, as the handler's policy says. {@code PARALLEL} (the click
     * handlers' default) starts every invocation, so it needs no gate: no lookup, no lock, no count.
     */
    <E> void submit(Async<E> async, E event, String kind, @Nullable Object source) {
        if (async.concurrency() == Concurrency.PARALLEL) {
            tasks.start(new AsyncInvocation<>(core, async, event, kind, source, null));
            return;
        }
        gates.computeIfAbsent(async, a -> new PolicyGate(a.concurrency()))
                .submit(onDone -> tasks.start(new AsyncInvocation<>(core, async, event, kind, source, onDone)));
    }

    /** Starts an invocation now, whatever the policy (periodic callbacks apply their own overlap rule). */
    <E> Task start(Async<E> async, E event, String kind, @Nullable Object source, Runnable onDone) {
        return tasks.start(new AsyncInvocation<>(core, async, event, kind, source, onDone));
    }

    void clear() {
        gates.clear();
    }
}
