package org.panel4j;

import java.util.Objects;
import org.panel4j.bind.Bind;
import org.panel4j.bind.Bound;
import org.panel4j.component.Component;
import org.panel4j.pane.Panes;
import org.panel4j.param.ObservableValue;
import org.panel4j.session.Async;
import org.panel4j.session.Callback;
import org.panel4j.session.Concurrency;

/**
 * The entry points a Panel user looks for: {@link #panel}, {@link #bind}, {@link #async} and
 * {@link #withLock}. Import them statically. Serving lives in the server module's {@code PanelServer}.
 *
 * {@snippet :
 * import static org.panel4j.Panel.*;
 *
 * button.onClick(async(event -> {
 *     text.setValue("Running " + event.newValue());
 *     Thread.sleep(2000);
 *     text.setValue("Finished " + event.newValue());
 * }));
 * }
 */
public final class Panel {

    private Panel() {}

    /**
     * Wraps {@code object} in the pane that fits it (see {@link Panes#standard()}): a component is itself,
     * a String becomes {@link org.panel4j.pane.Markdown}, JPEG or PNG bytes become an image pane,
     * anything else a {@link org.panel4j.pane.Str} of its {@code toString()}.
     *
     * @throws IllegalArgumentException for bytes that are neither JPEG nor PNG
     */
    public static Component panel(Object object) {
        return Panes.standard().panel(object);
    }

    /** Marks {@code callback} to run on its own virtual thread, without the session lock, side by side. */
    public static <E> Async<E> async(Callback<E> callback) {
        return Async.of(callback);
    }

    /** Marks {@code callback} to run on its own virtual thread under {@code policy}. */
    public static <E> Async<E> async(Concurrency policy, Callback<E> callback) {
        return Async.of(callback).with(policy);
    }

    /** Makes an async callback hold the session lock for its whole run (Panel's {@code pn.io.with_lock}). */
    public static <E> Async<E> withLock(Async<E> callback) {
        return callback.withLock();
    }

    /** Shows {@code fn(input)}, re-evaluated on the caller's thread whenever the input changes. */
    @SuppressWarnings("unchecked")
    public static <A> Bound bind(Fn<A> fn, ObservableValue<A> input) {
        Objects.requireNonNull(fn, "fn");
        return Bind.inputs(input).to(values -> fn.apply((A) values.get(0)));
    }

    /** Shows {@code fn(a, b)}, re-evaluated on the caller's thread whenever an input changes. */
    @SuppressWarnings("unchecked")
    public static <A, B> Bound bind(Fn2<A, B> fn, ObservableValue<A> a, ObservableValue<B> b) {
        Objects.requireNonNull(fn, "fn");
        return Bind.inputs(a, b).to(values -> fn.apply((A) values.get(0), (B) values.get(1)));
    }

    /**
     * Shows {@code fn(input)}, evaluated on its own virtual thread (blocking is fine); the newest input
     * wins and a superseded evaluation is interrupted.
     */
    @SuppressWarnings("unchecked")
    public static <A> Bound bindAsync(Fn<A> fn, ObservableValue<A> input) {
        Objects.requireNonNull(fn, "fn");
        return Bind.inputs(input).async().to(values -> fn.apply((A) values.get(0)));
    }

    /** Two-input form of {@link #bindAsync(Fn, ObservableValue)}. */
    @SuppressWarnings("unchecked")
    public static <A, B> Bound bindAsync(Fn2<A, B> fn, ObservableValue<A> a, ObservableValue<B> b) {
        Objects.requireNonNull(fn, "fn");
        return Bind.inputs(a, b).async().to(values -> fn.apply((A) values.get(0), (B) values.get(1)));
    }

    /**
     * A one-input function for {@link #bind}: returns what to show, or a {@code CompletionStage} or
     * {@code Flow.Publisher} of it; may throw.
     */
    @FunctionalInterface
    public interface Fn<A> {
        /** Computes what to show. */
        Object apply(A a) throws Exception;
    }

    /** A two-input function for {@link #bind}. */
    @FunctionalInterface
    public interface Fn2<A, B> {
        /** Computes what to show. */
        Object apply(A a, B b) throws Exception;
    }
}
