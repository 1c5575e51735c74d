package org.panel4j.session;

/** Bad input from a client: unknown component or property, wrong type, out of bounds, not allowed. */
public final class ClientInputException extends PanelException {

    private static final long serialVersionUID = 1L;

    /** Creates one with a message that says what was wrong and what is allowed. */
    public ClientInputException(String message) {
        super(message);
    }

    /** Creates one that wraps the validation error behind it. */
    public ClientInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
