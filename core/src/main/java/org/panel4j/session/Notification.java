package org.panel4j.session;

import java.time.Duration;
import java.util.Objects;

/**
 * A message shown to the user of one session as a toast ({@link Session#notifications()}).
 *
 * @param level    how serious it is
 * @param message  the text, never interpreted as HTML
 * @param duration how long it shows; {@link Duration#ZERO} keeps it until the user (or the app) dismisses it
 */
public record Notification(Level level, String message, Duration duration) {

    /** How serious a notification is. */
    public enum Level {
        /** Neutral news. */
        INFO,
        /** Something worked. */
        SUCCESS,
        /** Something needs care. */
        WARNING,
        /** Something failed. */
        ERROR
    }

    /** Validates the fields. */
    public Notification {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a notification's duration must not be negative, not " + duration);
        }
    }

    /** A notification shown for the level's usual time: 8 seconds for an error, 5 for the others. */
    public Notification(Level level, String message) {
        this(level, message, level == Level.ERROR ? Duration.ofSeconds(8) : Duration.ofSeconds(5));
    }
}
