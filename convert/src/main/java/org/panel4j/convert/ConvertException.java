package org.panel4j.convert;

/** A conversion that cannot be done: a class that is not an app, an output folder in use, a failed compile. */
public final class ConvertException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message saying what is wrong and what to do. */
    public ConvertException(String message) {
        super(message);
    }

    /** With a message and its cause. */
    public ConvertException(String message, Throwable cause) {
        super(message, cause);
    }
}
