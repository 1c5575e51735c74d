package org.panel4j.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.panel4j.session.ClientSink;
import org.panel4j.AppSession;
import org.panel4j.examples.AsyncClick;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;

/**
 * The core's share of an idle session's memory, in process and without a network: heap after GC with
 * {@code n} connected {@code /async_click} sessions (client sink discarding), minus the heap before,
 * divided by {@code n}. Scenario 4 measures the whole server (Jetty's socket included); this isolates
 * what the session, its components and parameters cost. Usage: {@code SessionFootprint [n [holdSeconds]]}.
 */
public final class SessionFootprint {

    private SessionFootprint() {}

    /** Prints bytes per session for {@code args[0]} sessions (default 10,000). */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (SessionHost host = SessionHost.create()) {
            var warm = AppSession.open(AsyncClick.app(), host);
            SessionCore.of(warm.session()).connect(ClientSink.discarding());
            SessionCore.of(warm.session()).destroy();
            long before = heapAfterGc();
            List<AppSession> sessions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                AppSession app = AppSession.open(AsyncClick.app(), host);
                SessionCore.of(app.session()).connect(ClientSink.discarding());
                sessions.add(app);
            }
            long after = heapAfterGc();
            System.out.printf("%,d idle /async_click sessions (core only): %.2f KiB per session%n",
                    sessions.size(), (after - before) / 1024.0 / n);
            if (args.length > 1) { // "hold": keep the sessions alive for a class histogram (jcmd PID GC.class_histogram)
                Thread.sleep(Long.parseLong(args[1]) * 1000);
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
