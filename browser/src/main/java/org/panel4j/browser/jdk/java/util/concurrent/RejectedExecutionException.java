package org.panel4j.browser.jdk.java.util.concurrent;

/** {@code java.util.concurrent.RejectedExecutionException} for the page: an executor is shut down. */
public class RejectedExecutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public RejectedExecutionException(String message) {
        super(message);
    }
}
