package org.panel4j.session;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Notification.Level;

/**
 * One session's toasts, as Panel's {@code pn.state.notifications}: each method shows a message and
 * returns a {@link Registration} whose {@code cancel()} dismisses it. Thread-safe: call it from any
 * callback or thread. The page shows at most five at a time (an older one gives way), below a
 * {@code Template}'s header; the text is always shown as text.
 *
 * {@snippet :
 * session.notifications().success("Saved");
 * Registration banner = session.notifications().warning("Read-only until 18:00", Duration.ZERO);
 * banner.cancel();
 * }
 */
public final class Notifications {

    private final Session session;

    Notifications(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** An information, shown for 5 seconds. */
    public Registration info(String message) {
        return show(Level.INFO, message, null);
    }

    /** An information, shown for {@code duration} ({@link Duration#ZERO}: until dismissed). */
    public Registration info(String message, Duration duration) {
        return show(Level.INFO, message, duration);
    }

    /** A success, shown for 5 seconds. */
    public Registration success(String message) {
        return show(Level.SUCCESS, message, null);
    }

    /** A success, shown for {@code duration} ({@link Duration#ZERO}: until dismissed). */
    public Registration success(String message, Duration duration) {
        return show(Level.SUCCESS, message, duration);
    }

    /** A warning, shown for 5 seconds. */
    public Registration warning(String message) {
        return show(Level.WARNING, message, null);
    }

    /** A warning, shown for {@code duration} ({@link Duration#ZERO}: until dismissed). */
    public Registration warning(String message, Duration duration) {
        return show(Level.WARNING, message, duration);
    }

    /** An error, shown for 8 seconds. */
    public Registration error(String message) {
        return show(Level.ERROR, message, null);
    }

    /** An error, shown for {@code duration} ({@link Duration#ZERO}: until dismissed). */
    public Registration error(String message, Duration duration) {
        return show(Level.ERROR, message, duration);
    }

    /** Dismisses every notification the page shows. */
    public void clear() {
        session.dismissNotifications();
    }

    private Registration show(Level level, String message, @Nullable Duration duration) {
        return session.notify(duration == null ? new Notification(level, message) : new Notification(level, message, duration));
    }
}
