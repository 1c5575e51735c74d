package org.panel4j.session;

/** The root of panel4j's own failures (unchecked). */
public class PanelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates one with a message. */
    public PanelException(String message) {
        super(message);
    }

    /** Creates one with a message and a cause. */
    public PanelException(String message, Throwable cause) {
        super(message, cause);
    }
}
