package org.panel4j.browser;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.teavm.jso.JSBody;

/** An SLF4J logger writing to the browser console: errors and warnings as such, INFO as log; no DEBUG or TRACE. */
public final class ConsoleLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    /** A logger named {@code name}. */
    public ConsoleLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        String text = level + " " + name + " - " + MessageFormatter.basicArrayFormat(pattern, arguments)
                + (throwable == null ? "" : ": " + throwable);
        switch (level) {
            case ERROR -> consoleError(text);
            case WARN -> consoleWarn(text);
            default -> consoleLog(text);
        }
    }

    @JSBody(params = "text", script = "console.error(text);")
    private static native void consoleError(String text);

    @JSBody(params = "text", script = "console.warn(text);")
    private static native void consoleWarn(String text);

    @JSBody(params = "text", script = "console.log(text);")
    private static native void consoleLog(String text);
}
