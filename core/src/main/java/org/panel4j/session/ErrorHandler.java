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

    /**
     * The default: logs the error once, with a short {@link ErrorReference}, the callback's kind, its
     * component (by label and id) and the session, and shows the user of the session a plain message
     * naming the reference ("Something went wrong. Reference: 7F3K-92QD"). A host in dev mode
     * ({@link SessionHost.Config.Builder#devMode}) shows the exception's class and message instead.
     */
    static ErrorHandler logAndNotify() {
        Logger log = LoggerFactory.getLogger(ErrorHandler.class);
        return error -> {
            Session session = error.session();
            String reference = ErrorReference.next();
            log.error("Error {} in {} callback of {} (session {}): {}", reference, error.kind(), error.source(),
                    session == null ? "none" : session.shortId(), error.exception().toString(), error.exception());
            if (session != null) {
                String message = session.host().isDevMode()
                        ? describe(error.exception()) + " (reference " + reference + ")"
                        : "Something went wrong. Reference: " + reference;
                session.notify(new Notification(Notification.Level.ERROR, message));
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
