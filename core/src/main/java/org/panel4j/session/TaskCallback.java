package org.panel4j.session;

/**
 * The body of an async callback that wants its {@link Task}: to check for cancellation or to
 * report progress.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface TaskCallback<E> {

    /** Handles one event on the task's own virtual thread. */
    void call(E event, Task task) throws Exception;
}
