package org.panel4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.internal.Threads;

/**
 * The async tasks of one owner: started on virtual threads, all cancelled at {@link #close()}.
 * The running tasks form a doubly linked list through the tasks themselves, guarded by a short lock:
 * starting or ending a task allocates nothing here and never resizes a table (100,000 tasks of one
 * session in flight was the case this was measured on; see docs/decisions/0010).
 */
final class TaskGroup {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadFactory threads;
    /** The clock whose due runs' tasks it tells about ({@link Scheduler#trackWork}), or null. */
    private final @Nullable Scheduler clock;
    private @Nullable Task head; // guarded by lock
    private volatile int size;   // written under lock
    private volatile boolean closed;

    TaskGroup(String threadName) {
        this(threadName, null);
    }

    /**
     * A group whose tasks started by a due run of {@code clock} (or by such a task, in turn) are that
     * clock's {@link Scheduler#trackWork work}: a test clock runs its next action once they are over.
     */
    TaskGroup(String threadName, @Nullable Scheduler clock) {
        this.threads = Threads.virtualFactory(threadName);
        this.clock = clock;
    }

    /** Starts {@code body} on a new virtual thread; a closed group starts nothing and returns a cancelled task. */
    Task start(TaskBody body) {
        var task = new Task();
        Scheduler.Work work = clock == null ? Scheduler.Work.NONE : clock.trackWork();
        Thread thread = threads.newThread(new Running(task, body, work));
        lock.lock();
        try {
            if (closed) {
                task.cancel();
                task.finish();
                work.finished();
                return task;
            }
            link(task);
        } finally {
            lock.unlock();
        }
        task.bind(thread); // interrupts it at once if close() cancelled the task meanwhile
        work.runsOn(thread); // before it starts: what the body starts is tracked too
        try {
            thread.start();
        } catch (RuntimeException | Error e) { // e.g. the scheduler refused it: the body never runs
            ended(task);
            work.finished();
            throw e;
        }
        return task;
    }

    private void ended(Task task) {
        lock.lock();
        try {
            unlink(task);
        } finally {
            lock.unlock();
        }
        task.finish();
    }

    private void link(Task task) {
        Task first = head;
        task.next = first;
        if (first != null) {
            first.prev = task;
        }
        head = task;
        size++;
    }

    private void unlink(Task task) {
        Task before = task.prev;
        Task after = task.next;
        if (before == null) {
            head = after;
        } else {
            before.next = after;
        }
        if (after != null) {
            after.prev = before;
        }
        task.prev = null;
        task.next = null;
        size--;
    }

    int size() {
        return size;
    }

    void close() {
        List<Task> running = new ArrayList<>();
        lock.lock();
        try {
            closed = true;
            for (Task task = head; task != null; task = task.next) {
                running.add(task);
            }
        } finally {
            lock.unlock();
        }
        for (Task task : running) {
            task.cancel();
        }
    }

    /**
     * A task's thread body: a class, not a lambda, so that each parked task's stack (copied to the heap
     * while it sleeps) holds one frame here instead of three.
     */
    private final class Running implements Runnable {
        private final Task task;
        private final TaskBody body;
        private final Scheduler.Work work;

        Running(Task task, TaskBody body, Scheduler.Work work) {
            this.task = task;
            this.body = body;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                body.run(task);
            } finally {
                ended(task);
                work.finished();
            }
        }
    }

    /** What a task runs. */
    @FunctionalInterface
    interface TaskBody {
        void run(Task task);
    }
}
