package org.panel4j.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.widget.StaticText;

/**
 * A parameter set with one sync watcher: alone, and on a component shown in a connected session
 * (validation, swap, watcher under the session lock, marking the outbox dirty).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParamSetBenchmark {

    private final LongAdder seen = new LongAdder();
    private StaticText detached;
    private StaticText shown;
    private SessionHost host;
    private long counter;

    /** Builds a detached component and one shown in a session whose client discards batches. */
    @Setup(Level.Trial)
    public void setUp() {
        detached = new StaticText();
        detached.valueProperty().watch(change -> seen.increment());
        host = SessionHost.create();
        shown = new StaticText();
        shown.valueProperty().watch(change -> seen.increment());
        AppSession app = AppSession.open(session -> shown, host);
        SessionCore.of(app.session()).connect(ClientSink.discarding());
    }

    /** Closes the host. */
    @TearDown(Level.Trial)
    public void tearDown() {
        host.close();
    }

    /** Set + sync watcher, no session. */
    @Benchmark
    public void setWithWatcher() {
        detached.setValue(Long.toString(counter++));
    }

    /** Set + sync watcher under the session lock + outbox coalescing, client connected. */
    @Benchmark
    public void setShownInSession() {
        shown.setValue(Long.toString(counter++));
    }
}
