package org.panel4j.session;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/** Applies one async handler's {@link Concurrency} policy within one session. */
final class PolicyGate {

    private final Concurrency policy;
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<Function<Runnable, Task>> queued = new ArrayDeque<>();
    private Task current;
    private int runningCount;

    PolicyGate(Concurrency policy) {
        this.policy = policy;
    }

    /**
     * Starts an invocation through {@code starter} (which receives the completion hook the task must
     * run when done) or queues or drops it, as the policy says.
     */
    void submit(Function<Runnable, Task> starter) {
        lock.lock();
        try {
            switch (policy) {
                case PARALLEL -> startLocked(starter);
                case LATEST -> {
                    if (current != null) {
                        current.cancel();
                    }
                    startLocked(starter);
                }
                case DROP_WHILE_RUNNING -> {
                    if (runningCount == 0) {
                        startLocked(starter);
                    }
                }
                case QUEUE -> {
                    if (runningCount == 0) {
                        startLocked(starter);
                    } else {
                        queued.add(starter);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void startLocked(Function<Runnable, Task> starter) {
        runningCount++;
        var holder = new Task[1];
        Runnable onDone = () -> finished(holder[0]);
        Task task = starter.apply(onDone);
        holder[0] = task;
        if (task.isDone()) {
            runningCount--; // the owner was closed: the body never ran and never will
        } else {
            current = task;
        }
    }

    private void finished(Task task) {
        lock.lock();
        try {
            runningCount--;
            if (current == task) {
                current = null;
            }
            if (policy == Concurrency.QUEUE && runningCount == 0 && !queued.isEmpty()) {
                startLocked(queued.poll());
            }
        } finally {
            lock.unlock();
        }
    }
}
