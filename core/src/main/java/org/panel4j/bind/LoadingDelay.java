package org.panel4j.bind;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Registration;
import org.panel4j.session.Scheduler;

/**
 * Turns a truthful "pending" signal into a loading display that does not flicker: shown only if the
 * work lasts longer than {@code showDelay}, and then kept for at least {@code minDisplay}.
 */
final class LoadingDelay {

    /**
     * Where the display state goes. Called without any lock held (so its watchers may take the session
     * lock); calls may race, so a display applies a state only if its {@code version} is newer than the
     * last one it applied.
     */
    interface Display {
        void show(long version, boolean loading);
    }

    private final Duration showDelay;
    private final Duration minDisplay;
    private final Display display;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean pending;
    private boolean shown;
    private long shownAt;
    private long version;
    private @Nullable Registration scheduled;

    LoadingDelay(Duration showDelay, Duration minDisplay, Display display) {
        this.showDelay = showDelay;
        this.minDisplay = minDisplay;
        this.display = display;
    }

    void pending(boolean nowPending, @Nullable Scheduler clock) {
        long published = 0;
        lock.lock();
        try {
            if (nowPending == pending) {
                return;
            }
            pending = nowPending;
            cancelScheduled();
            if (clock == null) {
                published = setShown(nowPending, 0);
            } else if (nowPending && !shown) {
                scheduled = clock.schedule(showDelay, () -> showIfStillPending(clock));
            } else if (!nowPending && shown) {
                long remaining = minDisplay.toNanos() - (clock.nanoTime() - shownAt);
                if (remaining <= 0) {
                    published = setShown(false, 0);
                } else {
                    scheduled = clock.schedule(Duration.ofNanos(remaining), () -> hideIfStillIdle());
                }
            }
        } finally {
            lock.unlock();
        }
        publish(published, nowPending);
    }

    private void showIfStillPending(Scheduler clock) {
        long published = 0;
        lock.lock();
        try {
            if (pending && !shown) {
                published = setShown(true, clock.nanoTime());
            }
        } finally {
            lock.unlock();
        }
        publish(published, true);
    }

    private void hideIfStillIdle() {
        long published = 0;
        lock.lock();
        try {
            if (!pending && shown) {
                published = setShown(false, 0);
            }
        } finally {
            lock.unlock();
        }
        publish(published, false);
    }

    /** Records the new state under the lock; returns its version, for {@link #publish} after unlocking. */
    private long setShown(boolean value, long at) {
        shown = value;
        shownAt = at;
        return ++version;
    }

    private void publish(long published, boolean value) {
        if (published != 0) {
            display.show(published, value);
        }
    }

    private void cancelScheduled() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }
}
