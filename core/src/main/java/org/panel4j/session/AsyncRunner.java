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
    private final Scheduler clock;

    AsyncRunner(SessionCoreImpl core, TaskGroup tasks, Scheduler clock) {
        this.core = core;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Starts, queues or drops an invocation, as the handler's policy says. {@code PARALLEL} (the click
     * handlers' default) starts every invocation, so it needs no gate: no lookup, no lock, no count.
     * Work a test clock's due run started (a watcher's async callback, a bind's evaluation) is
     * {@link Scheduler#trackWork tracked}, so the clock's next run waits for it; the real clock tracks nothing.
     */
    <E> void submit(Async<E> async, E event, String kind, @Nullable Object source) {
        Scheduler.Work work = clock.trackWork();
        if (async.concurrency() == Concurrency.PARALLEL) {
            start(async, event, kind, source, null, work);
            return;
        }
        boolean[] started = {false};
        gates.computeIfAbsent(async, a -> new PolicyGate(a.concurrency())).submit(onDone -> {
            started[0] = true;
            return start(async, event, kind, source, onDone, work);
        });
        if (!started[0] && async.concurrency() == Concurrency.DROP_WHILE_RUNNING) {
            work.finished();   // dropped: nothing to wait for (a queued one is waited for until it has run)
        }
    }

    /**
     * Starts an invocation now, whatever the policy (periodic callbacks apply their own overlap rule);
     * {@code work} learns its thread before it starts and is finished after {@code onDone}, or at once if
     * the body never runs (the session ended).
     */
    <E> Task start(Async<E> async, E event, String kind, @Nullable Object source, @Nullable Runnable onDone,
                   Scheduler.Work work) {
        Runnable done = work == Scheduler.Work.NONE ? onDone : onDone == null ? work::finished : () -> {
            try {
                onDone.run();
            } finally {
                work.finished();
            }
        };
        Task task = tasks.start(new AsyncInvocation<>(core, async, event, kind, source, done), work);
        if (task.thread() == null) {
            work.finished();
        }
        return task;
    }

    void clear() {
        gates.clear();
    }
}
