package org.panel4j.session;

import java.util.Objects;

/**
 * A message shown to the user of one session as a toast.
 *
 * @param level   how serious it is
 * @param message the text, never interpreted as HTML
 */
public record Notification(Level level, String message) {

    /** How serious a notification is. */
    public enum Level { INFO, SUCCESS, WARNING, ERROR }

    /** Validates both fields. */
    public Notification {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }
}
