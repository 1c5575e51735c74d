package org.panel4j.session;

import java.util.Locale;
import java.util.Objects;

/**
 * Bad input from a client: unknown component or property, not writable, wrong type, out of bounds,
 * not allowed. Nothing was changed. The {@link #code()} is what the client receives.
 */
public final class ClientInputException extends PanelException {

    private static final long serialVersionUID = 1L;

    /** The kinds of bad input, as sent to the client in {@code error.code}. */
    public enum Code {
        /** The id names no component of the session. */
        UNKNOWN_COMPONENT,
        /** The component has no such property or event. */
        UNKNOWN_PROPERTY,
        /** The property is not client-writable. */
        NOT_WRITABLE,
        /** Wrong type, out of bounds, not one of the options. */
        INVALID_VALUE,
        /** The component is disabled or invisible. */
        NOT_ALLOWED,
        /** The session has ended. */
        SESSION_ENDED;

        /** The wire form, e.g. {@code "unknown_component"}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What kind of bad input it was. */
    private final Code code;

    /** Creates one with a code and a message that says what was wrong and what is allowed. */
    public ClientInputException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Creates one that wraps the validation error behind it. */
    public ClientInputException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** What kind of bad input it was. */
    public Code code() {
        return code;
    }
}
