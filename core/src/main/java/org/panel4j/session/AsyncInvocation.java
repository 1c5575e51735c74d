package org.panel4j.session;

import java.nio.channels.ClosedByInterruptException;
import org.jspecify.annotations.Nullable;

/**
 * One invocation of an {@link Async} callback, as its task's body: runs it (holding the session lock if
 * it asked to), reports its error, treats cancellation as no error, then runs {@code onDone} (its policy
 * gate's hook, or null). One object per invocation, and the only frame between the task's thread body
 * and a plain callback.
 *
 * @param <E> the event type
 */
record AsyncInvocation<E>(SessionCoreImpl core, Async<E> async, E event, String kind, @Nullable Object source,
                          @Nullable Runnable onDone) implements TaskGroup.TaskBody {

    @Override
    public void run(Task task) {
        core.host().callbackStarted();
        try {
            Callback<E> plain = async.plainBody();
            if (async.isLocked()) {
                core.withLock(() -> async.run(event, task));
            } else if (plain != null) {
                plain.call(event); // directly: one frame less to copy out and back each time the callback parks
            } else {
                async.run(event, task);
            }
        } catch (InterruptedException e) {
            // cancelled: by a newer invocation, the user or the session's end; not an error
        } catch (Throwable e) {
            if (!(task.isCancelled() && isInterruption(e))) {
                core.report(e, kind, event, source);
            }
        } finally {
            core.host().callbackEnded();
            if (onDone != null) {
                onDone.run();
            }
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
