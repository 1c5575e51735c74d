package org.panel4j.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error pipeline: every callback kind (sync, async, watcher, periodic, bind, emitter)
 * reports here. A handler must not throw; the session goes on whatever it does.
 */
@FunctionalInterface
public interface ErrorHandler {

    /** Handles one error. */
    void handle(CallbackError error);

    /** The default: logs the error once (with session and callback) and notifies the user of the session. */
    static ErrorHandler logAndNotify() {
        Logger log = LoggerFactory.getLogger(ErrorHandler.class);
        return error -> {
            Session session = error.session();
            log.error("Error in {} callback of {} (session {}): {}", error.kind(), error.source(),
                    session == null ? "none" : session.shortId(), error.exception().toString(), error.exception());
            if (session != null) {
                session.notify(new Notification(Notification.Level.ERROR, describe(error.exception())));
            }
        };
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank()
                ? exception.getClass().getSimpleName()
                : exception.getClass().getSimpleName() + ": " + message;
    }
}
