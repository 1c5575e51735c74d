package org.panel4j.browser.jdk.java.nio.channels;

import java.io.IOException;

/** {@code java.nio.channels.ClosedByInterruptException} for the page, where no channel throws it. */
public class ClosedByInterruptException extends IOException {

    private static final long serialVersionUID = 1L;

    /** An exception without message. */
    public ClosedByInterruptException() {}
}
