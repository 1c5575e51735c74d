package org.panel4j.browser.swap.org.slf4j;

import org.panel4j.browser.ConsoleLogger;
import org.slf4j.Logger;

/** SLF4J's entry point in the page: loggers that write to the browser console (INFO and above). */
public final class LoggerFactory {

    private LoggerFactory() {}

    /** The logger named after {@code type}. */
    public static Logger getLogger(Class<?> type) {
        return new ConsoleLogger(type.getName());
    }

    /** The logger named {@code name}. */
    public static Logger getLogger(String name) {
        return new ConsoleLogger(name);
    }
}
