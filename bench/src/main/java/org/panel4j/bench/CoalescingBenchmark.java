package org.panel4j.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.panel4j.session.ClientSink;
import org.panel4j.AppSession;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.widget.StaticText;

/**
 * Coalescing through the session's outbox (package-private in core, so measured through the public
 * path): 100 sets of one text holding the lock, then waiting until the one batch they coalesce into
 * has reached the client sink (drain, batch, hand-off to the flusher's virtual thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoalescingBenchmark {

    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong ops = new AtomicLong();
    private SessionHost host;
    private Session session;
    private StaticText text;
    private long counter;

    /** One session showing one text; its client sink counts batches and ops. */
    @Setup(Level.Trial)
    public void setUp() {
        host = SessionHost.create();
        text = new StaticText();
        session = AppSession.open(s -> text, host).session();
        SessionCore.of(session).connect(batch -> {
            ops.addAndGet(batch.ops().size());
            batches.incrementAndGet();
            return ClientSink.written();
        });
    }

    /** Closes the host. */
    @TearDown(Level.Trial)
    public void tearDown() {
        host.close();
    }

    /** 100 sets under the lock, delivered as one batch; returns the ops delivered so far. */
    @Benchmark
    public long hundredSetsOneBatch() throws Exception {
        long before = batches.get();
        session.withLock(() -> {
            for (int i = 0; i < 100; i++) {
                text.setValue(Long.toString(counter++));
            }
        });
        while (batches.get() == before) {
            Thread.onSpinWait();
        }
        return ops.get();
    }
}
