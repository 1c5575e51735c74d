package org.panel4j.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.panel4j.session.ClientSink;
import org.panel4j.AppSession;
import org.panel4j.examples.AsyncClick;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.widget.Button;

/**
 * Scenario 1, in process (no network): {@code total} clicks spread over {@code sessions} sessions of
 * the seed's {@code /async_click} app (each sets 'Running N', sleeps 2 s, sets 'Finished N'), every session
 * connected to a client sink that discards its batches. Prints one JSON line: the time to dispatch
 * every click, the wall time until every callback is done, and (in a separate run, see {@link #main})
 * the heap after GC with all in flight.
 * Run in its own JVM with {@code -Xmx1g}: finishing at all shows the heap bound.
 */
public final class InFlightBench {

    private InFlightBench() {}

    /**
     * Usage: {@code InFlightBench <total> <sessions> [heap]}: with {@code heap}, a full GC with every
     * callback in flight measures the heap (and so delays them: its wall time is not the figure);
     * without it, the wall time is measured undisturbed.
     */
    public static void main(String[] args) throws Exception {
        int total = Integer.parseInt(args[0]);
        int sessionCount = Integer.parseInt(args[1]);
        boolean measureHeap = args.length > 2 && "heap".equals(args[2]);
        try (SessionHost host = SessionHost.create()) {
            List<Session> sessions = new ArrayList<>();
            List<String> buttons = new ArrayList<>();
            for (int s = 0; s < sessionCount; s++) {
                AppSession app = AppSession.open(AsyncClick.app(), host);
                SessionCore.of(app.session()).connect(ClientSink.discarding());
                sessions.add(app.session());
                buttons.add(app.root().find(Button.class).orElseThrow().id());
            }
            System.gc();
            long heapIdle = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long t0 = System.nanoTime();
            for (int i = 0; i < total; i++) {
                int s = i % sessionCount;
                SessionCore.of(sessions.get(s)).applyClientEvent(buttons.get(s), "click", Map.of());
            }
            long dispatched = System.nanoTime();
            int inFlight = running(sessions);
            long heapInFlight = -1;
            int inFlightAfterGc = inFlight;
            if (measureHeap) { // a full GC with every task in flight pauses them all: never in a timed run
                System.gc();
                heapInFlight = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                inFlightAfterGc = running(sessions);
            }
            while (running(sessions) > 0) {
                Thread.sleep(5);
            }
            long done = System.nanoTime();
            System.out.printf("{\"total\":%d,\"sessions\":%d,\"dispatchMs\":%.1f,\"wallMs\":%.1f,\"inFlightAtGc\":%d,"
                            + "\"heapIdleBytes\":%d,\"heapInFlightBytes\":%d,\"maxHeapBytes\":%d}%n",
                    total, sessionCount, (dispatched - t0) / 1e6, (done - t0) / 1e6, Math.min(inFlight, inFlightAfterGc),
                    heapIdle, heapInFlight, Runtime.getRuntime().maxMemory());
        }
    }

    private static int running(List<Session> sessions) {
        int n = 0;
        for (Session s : sessions) {
            n += s.runningTasks();
        }
        return n;
    }
}
