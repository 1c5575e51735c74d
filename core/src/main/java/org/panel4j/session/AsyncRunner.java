package org.panel4j.session;

import java.nio.channels.ClosedByInterruptException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs one session's {@link Async} callbacks: each on a virtual thread of the session's tasks, under
 * its handler's {@link Concurrency} policy, holding the session lock only if it asked to; errors go to
 * the session's error pipeline, cancellation is not an error.
 */
final class AsyncRunner {

    private final Session session;
    private final TaskGroup tasks;
    private final Map<Async<?>, PolicyGate> gates = new ConcurrentHashMap<>();

    AsyncRunner(Session session, TaskGroup tasks) {
        this.session = session;
        this.tasks = tasks;
    }

    /** Starts, queues or drops an invocation, as the handler's policy says. */
    <E> void submit(Async<E> async, E event, String kind, @Nullable Object source) {
        gates.computeIfAbsent(async, a -> new PolicyGate(a.concurrency()))
                .submit(onDone -> tasks.start(task -> run(async, event, task, kind, source, onDone)));
    }

    /** Starts an invocation now, whatever the policy (periodic callbacks apply their own overlap rule). */
    <E> Task start(Async<E> async, E event, String kind, @Nullable Object source, Runnable onDone) {
        return tasks.start(task -> run(async, event, task, kind, source, onDone));
    }

    void clear() {
        gates.clear();
    }

    private <E> void run(Async<E> async, E event, Task task, String kind, @Nullable Object source, Runnable onDone) {
        try {
            if (async.isLocked()) {
                session.withLock(() -> async.run(event, task));
            } else {
                async.run(event, task);
            }
        } catch (InterruptedException e) {
            // cancelled: by a newer invocation, the user or the session's end; not an error
        } catch (Throwable e) {
            if (!(task.isCancelled() && isInterruption(e))) {
                session.report(e, kind, event, source);
            }
        } finally {
            onDone.run();
        }
    }

    private static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }
}
