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

    /** Where the display state goes. */
    interface Display {
        void show(boolean loading);
    }

    private final Duration showDelay;
    private final Duration minDisplay;
    private final Display display;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean pending;
    private boolean shown;
    private long shownAt;
    private @Nullable Registration scheduled;

    LoadingDelay(Duration showDelay, Duration minDisplay, Display display) {
        this.showDelay = showDelay;
        this.minDisplay = minDisplay;
        this.display = display;
    }

    void pending(boolean nowPending, @Nullable Scheduler clock) {
        lock.lock();
        try {
            if (nowPending == pending) {
                return;
            }
            pending = nowPending;
            cancelScheduled();
            if (clock == null) {
                setShown(nowPending, 0);
            } else if (nowPending && !shown) {
                scheduled = clock.schedule(showDelay, () -> showIfStillPending(clock));
            } else if (!nowPending && shown) {
                long remaining = minDisplay.toNanos() - (clock.nanoTime() - shownAt);
                if (remaining <= 0) {
                    setShown(false, 0);
                } else {
                    scheduled = clock.schedule(Duration.ofNanos(remaining), () -> hideIfStillIdle());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void showIfStillPending(Scheduler clock) {
        lock.lock();
        try {
            if (pending && !shown) {
                setShown(true, clock.nanoTime());
            }
        } finally {
            lock.unlock();
        }
    }

    private void hideIfStillIdle() {
        lock.lock();
        try {
            if (!pending && shown) {
                setShown(false, 0);
            }
        } finally {
            lock.unlock();
        }
    }

    private void setShown(boolean value, long at) {
        shown = value;
        shownAt = at;
        display.show(value);
    }

    private void cancelScheduled() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }
}
