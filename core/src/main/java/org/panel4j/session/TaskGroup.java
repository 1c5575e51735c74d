package org.panel4j.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The async tasks of one owner: started on virtual threads, all cancelled at {@link #close()}. */
final class TaskGroup {

    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final String threadName;
    private volatile boolean closed;

    TaskGroup(String threadName) {
        this.threadName = threadName;
    }

    /** Starts {@code body} on a new virtual thread; a closed group starts nothing and returns a cancelled task. */
    Task start(TaskBody body) {
        var task = new Task();
        if (closed) {
            task.cancel();
            task.finish();
            return task;
        }
        running.add(task);
        Thread thread = Thread.ofVirtual().name(threadName).unstarted(() -> {
            try {
                body.run(task);
            } finally {
                running.remove(task);
                task.finish();
            }
        });
        task.bind(thread);
        thread.start();
        if (closed) {
            task.cancel();
        }
        return task;
    }

    int size() {
        return running.size();
    }

    void close() {
        closed = true;
        for (Task task : running) {
            task.cancel();
        }
    }

    /** What a task runs. */
    @FunctionalInterface
    interface TaskBody {
        void run(Task task);
    }
}
