package org.panel4j.bind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.ObservableValue;
import org.panel4j.param.Param;
import org.panel4j.session.Concurrency;

/**
 * Configures a {@link Bound}: its inputs, its function, whether it runs async, its concurrency
 * policy, how results are shown and the loading display's timing. {@code Panel.bind} and
 * {@code Panel.bindAsync} cover the common cases.
 *
 * {@snippet :
 * Bound image = Bind.inputs(slider)
 *     .async()
 *     .policy(Concurrency.LATEST)
 *     .to(values -> new JPG(fetch((Integer) values.get(0))));
 * }
 */
public final class Bind {

    final List<Param<?>> inputs = new ArrayList<>();
    @Nullable BindFunction function;
    @Nullable StreamingFunction streaming;
    boolean async;
    Concurrency policy = Concurrency.LATEST;
    Bound.Output output = Bound.Output.REPLACE;
    Duration showDelay = Duration.ofMillis(150);
    Duration minDisplay = Duration.ofMillis(300);

    private Bind() {}

    /** Starts a binding to these inputs (widgets or parameters), in argument order. */
    public static Bind inputs(ObservableValue<?>... sources) {
        var bind = new Bind();
        for (ObservableValue<?> source : sources) {
            bind.inputs.add((Param<?>) Objects.requireNonNull(source, "input").observed());
        }
        return bind;
    }

    /** Runs the function on its own virtual thread, owned by the session, instead of the caller's. */
    public Bind async() {
        this.async = true;
        return this;
    }

    /** What an async binding does when inputs change while it runs (default {@link Concurrency#LATEST}). */
    public Bind policy(Concurrency value) {
        this.policy = Objects.requireNonNull(value, "policy");
        return this;
    }

    /** Appends emitted results instead of replacing them (for streaming functions). */
    public Bind append() {
        this.output = Bound.Output.APPEND;
        return this;
    }

    /** How long an evaluation must run before {@code loading} shows, and how long it then stays at least. */
    public Bind loadingTiming(Duration delay, Duration minimum) {
        this.showDelay = Objects.requireNonNull(delay, "delay");
        this.minDisplay = Objects.requireNonNull(minimum, "minimum");
        return this;
    }

    /** Builds the binding around {@code fn}; a sync one evaluates at once, an async one when first shown. */
    public Bound to(BindFunction fn) {
        this.function = Objects.requireNonNull(fn, "fn");
        return new Bound(this);
    }

    /** Builds a binding whose function emits several results over time (always async). */
    public Bound streaming(StreamingFunction fn) {
        this.streaming = Objects.requireNonNull(fn, "fn");
        return new Bound(this);
    }
}
