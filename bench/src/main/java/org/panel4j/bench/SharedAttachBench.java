package org.panel4j.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.panel4j.AppSession;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.widget.StaticText;

/**
 * Opening many sessions that all show one shared component, in process: the time and the bytes the
 * opening thread allocates, for each count in the arguments. Usage:
 * {@code java -cp … org.panel4j.bench.SharedAttachBench 10000 40000 100000}.
 */
public final class SharedAttachBench {

    private SharedAttachBench() {}

    /** Prints one line per session count in {@code args}. */
    public static void main(String[] args) {
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String arg : args) {
            int count = Integer.parseInt(arg);
            try (SessionHost host = SessionHost.create()) {
                var shared = new StaticText();
                List<Session> sessions = new ArrayList<>(count);
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    sessions.add(AppSession.open(session -> shared, host).session());
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
                System.out.printf("%,d sessions showing one shared text opened in %.2f s, %,d MiB allocated%n",
                        count, seconds, bytes >> 20);
            }
        }
    }
}
