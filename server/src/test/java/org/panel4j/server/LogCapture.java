package org.panel4j.server;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.logging.JettyLevel;
import org.eclipse.jetty.logging.JettyLogger;
import org.eclipse.jetty.logging.StdErrAppender;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/** Copies what the log (jetty-slf4j-impl, shared by every logger) prints while it is open. */
final class LogCapture implements AutoCloseable {

    private final StdErrAppender appender;
    private final @Nullable PrintStream original;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private @Nullable JettyLevel restore;

    LogCapture() {
        appender = (StdErrAppender) ((JettyLogger) LoggerFactory.getLogger("org.panel4j")).getAppender();
        original = appender.getStream(); // may be null: the appender then prints to System.err
        PrintStream echo = original != null ? original : System.err;
        var tee = new OutputStream() {
            @Override
            public void write(int b) {
                copy.write(b);
                echo.write(b);
            }

            @Override
            public void write(byte[] buf, int off, int len) {
                copy.write(buf, off, len);
                echo.write(buf, off, len);
            }
        };
        appender.setStream(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /** A capture that also sees INFO lines of {@code org.panel4j} (the tests log WARN and above). */
    static LogCapture atInfo() {
        // a logger made after the level change would take its level from the configuration: make them now
        for (String name : List.of("server.internal.SocketEndpoint", "server.internal.PageHandler",
                "server.internal.UpgradeGate", "server.internal.HttpRoutes", "server.internal.ConnectionsPerAddress",
                "server.internal.RequestHeadTimeout", "session.Session")) {
            LoggerFactory.getLogger("org.panel4j." + name);
        }
        var capture = new LogCapture();
        var logger = (JettyLogger) LoggerFactory.getLogger("org.panel4j");
        capture.restore = logger.getLevel();
        logger.setLevel(JettyLevel.INFO);
        return capture;
    }

    /** The captured lines. */
    List<String> lines() {
        return text().lines().toList();
    }

    String text() {
        return copy.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        appender.setStream(original);
        if (restore != null) {
            ((JettyLogger) LoggerFactory.getLogger("org.panel4j")).setLevel(restore);
        }
    }
}
