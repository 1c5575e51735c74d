package org.panel4j.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.layout.Column;
import org.panel4j.pane.Panes;
import org.panel4j.pane.Str;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WatchOptions;
import org.panel4j.session.Async;
import org.panel4j.session.Concurrency;
import org.panel4j.session.Registration;
import org.panel4j.session.Scheduler;
import org.panel4j.session.Session;
import org.panel4j.session.Task;
import org.panel4j.session.internal.SessionCore;
import org.slf4j.LoggerFactory;

/**
 * A pane showing the result of a function of some inputs, re-evaluated whenever an input changes
 * (Panel's {@code pn.bind} output). The newest input always wins: each evaluation carries a
 * generation, an older result arriving late is dropped, and under {@link Concurrency#LATEST} the
 * superseded task is interrupted. {@code pending} is true for a task's whole life; {@code loading}
 * follows it without flicker. An error shows in place of the output; the next input recovers.
 * Build one with {@link Bind}.
 */
public final class Bound extends Component implements Registration {

    /** How results are shown. */
    public enum Output {
        /** Each result replaces the previous one. */
        REPLACE,
        /** Each emitted result is appended below the previous ones of the same evaluation. */
        APPEND
    }

    private final Param<Component> object = Param.builder(this, "object", Component.class).nullable()
            .toWire(Component::toNode).doc("The component showing the current result.").build();
    private final Param<Boolean> pending = Param.builder(this, "pending", Boolean.class).value(false).readOnly()
            .doc("True while an evaluation runs, for its whole life.").build();

    private final List<Param<?>> inputs;
    private final @Nullable BindFunction function;
    private final @Nullable StreamingFunction streaming;
    private final boolean async;
    private final Concurrency policy;
    private final Output output;
    private final LoadingDelay loadingDelay;
    private final Async<Evaluation> runner;
    private final Registration inputWatch;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    private volatile long shownGeneration;
    private volatile List<Component> childList = List.of();
    private long loadingVersion; // guarded by the loading parameter's update
    private volatile boolean evaluatedOnce;
    private volatile Flow.@Nullable Subscription subscription;
    private volatile @Nullable CompletionStage<?> stage;

    /** One evaluation: its generation and the input values it computes from. */
    record Evaluation(long generation, List<Object> inputs) {}

    Bound(Bind spec) {
        this.inputs = List.copyOf(spec.inputs);
        this.function = spec.function;
        this.streaming = spec.streaming;
        this.async = spec.async || spec.streaming != null;
        this.policy = spec.policy;
        this.output = spec.output;
        this.loadingDelay = new LoadingDelay(spec.showDelay, spec.minDisplay, this::showLoading);
        this.runner = Async.<Evaluation>ofTask((evaluation, task) -> runAsync(evaluation, task)).with(policy);
        this.inputWatch = inputs.isEmpty() ? () -> {} :
                Param.watchAll(changes -> request(), WatchOptions.DEFAULT, inputs.toArray(Param<?>[]::new));
        if (!async) {
            request();
        }
    }

    /** The component showing the current result, or null before the first one. */
    public @Nullable Component getObject() {
        return object.get();
    }

    /** The {@code object} parameter. */
    public ReadOnlyParam<Component> objectProperty() {
        return object;
    }

    /** Whether an evaluation is running. */
    public boolean isPending() {
        return pending.get();
    }

    /** The read-only {@code pending} parameter, true for each evaluation's whole life. */
    public ReadOnlyParam<Boolean> pendingProperty() {
        return pending;
    }

    /** Stops re-evaluating when inputs change. Idempotent. */
    public void unbind() {
        inputWatch.cancel();
    }

    /** The same as {@link #unbind()}: a bind is a {@link Registration} like a watcher. */
    @Override
    public void cancel() {
        unbind();
    }

    @Override
    public List<Component> children() {
        Component current = object == null ? null : object.get(); // null while the constructor runs
        List<Component> cached = childList;
        boolean same = current == null ? cached.isEmpty() : cached.size() == 1 && cached.getFirst() == current;
        if (!same) {
            // the same list instance until the output changes: Component compares it by identity on every set
            cached = current == null ? List.of() : List.of(current);
            childList = cached;
        }
        return cached;
    }

    /** Attaching the first time starts an async binding's first evaluation, owned by that session. */
    @Override
    public void attach(Session session) {
        super.attach(session);
        if (async && !evaluatedOnce) {
            request();
        }
    }

    private void request() {
        var evaluation = new Evaluation(requested.incrementAndGet(), currentInputs());
        if (!async) {
            evaluatedOnce = true;
            runSync(evaluation);
            return;
        }
        Session session = session();
        if (session == null) {
            return; // not shown yet: the first attach evaluates
        }
        evaluatedOnce = true;
        if (policy == Concurrency.LATEST) {
            cancelStream();
        }
        SessionCore.of(session).dispatch(runner, evaluation, "bind", this);
    }

    private List<Object> currentInputs() {
        var values = new ArrayList<Object>(inputs.size());
        for (Param<?> input : inputs) {
            values.add(input.get());
        }
        return values;
    }

    private void runSync(Evaluation evaluation) {
        try {
            settle(evaluation.generation(), function.apply(evaluation.inputs()));
        } catch (Exception e) {
            fail(evaluation.generation(), e);
        }
    }

    private void runAsync(Evaluation evaluation, Task task) throws Exception {
        started();
        try {
            long generation = evaluation.generation();
            if (streaming != null) {
                streaming.apply(evaluation.inputs(), value -> show(generation, value));
            } else {
                settle(generation, function.apply(evaluation.inputs()));
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            showError(evaluation.generation(), e);
            throw e; // reported once, by the session's error pipeline
        } finally {
            finished();
        }
    }

    private void settle(long generation, @Nullable Object result) {
        if (result instanceof CompletionStage<?> future) {
            started();
            stage = future;
            future.whenComplete((value, error) -> {
                try {
                    if (error != null) {
                        fail(generation, error);
                    } else {
                        settle(generation, value);
                    }
                } finally {
                    finished();
                }
            });
        } else if (result instanceof Flow.Publisher<?> publisher) {
            started();
            publisher.subscribe(new Subscriber(generation));
        } else {
            show(generation, result);
        }
    }

    private boolean isCurrent(long generation) {
        return policy == Concurrency.LATEST ? generation == requested.get() : generation >= shownGeneration;
    }

    /**
     * Shows {@code value} if its generation is still current. The check and the swap happen atomically
     * inside {@link Param#update}, and no lock is held while watchers run.
     */
    private void show(long generation, @Nullable Object value) {
        Component shown = value == null ? null : Panes.standard().panel(value);
        Column[] appendTo = new Column[1];
        object.update(current -> {
            if (!isCurrent(generation)) {
                return current;
            }
            if (output == Output.APPEND && shown != null) {
                if (generation == shownGeneration && current instanceof Column column) {
                    appendTo[0] = column;
                    return current;
                }
                shownGeneration = generation;
                return new Column(shown);
            }
            shownGeneration = generation;
            return shown;
        });
        if (appendTo[0] != null) {
            appendTo[0].add(shown);
        }
    }

    private void fail(long generation, Throwable error) {
        if (!isCurrent(generation)) {
            return; // superseded: its failure (often a cancellation) no longer matters
        }
        showError(generation, error);
        Session session = session();
        if (session != null) {
            SessionCore.of(session).report(error, "bind", null, this);
        } else {
            LoggerFactory.getLogger(Bound.class).error("Error in bind function of {}: {}", this, error.toString(), error);
        }
    }

    private void showError(long generation, Throwable error) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage();
        var pane = new Str(error.getClass().getSimpleName() + message);
        pane.cssClassesProperty().set(List.of("p4j-error"));
        show(generation, pane);
    }

    private void started() {
        if (running.incrementAndGet() == 1) {
            setByOwner(pending, true);
            loadingDelay.pending(true, clock());
        }
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            setByOwner(pending, false);
            loadingDelay.pending(false, clock());
        }
    }

    /** Applies a loading state unless a newer one was applied already (calls may race). */
    private void showLoading(long version, boolean value) {
        loadingProperty().update(current -> {
            if (version <= loadingVersion) {
                return current;
            }
            loadingVersion = version;
            return value;
        });
    }

    private @Nullable Scheduler clock() {
        Session session = session();
        return session == null ? null : session.host().scheduler();
    }

    private void cancelStream() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        CompletionStage<?> future = stage;
        if (future != null) {
            future.toCompletableFuture().cancel(true);
        }
    }

    /** Shows each item a publisher returned by the function emits, while its generation is current. */
    private final class Subscriber implements Flow.Subscriber<Object> {
        private final long generation;
        private boolean done;

        Subscriber(long generation) {
            this.generation = generation;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Object item) {
            show(generation, item);
        }

        @Override
        public void onError(Throwable error) {
            fail(generation, error);
            end();
        }

        @Override
        public void onComplete() {
            end();
        }

        private void end() {
            if (!done) {
                done = true;
                finished();
            }
        }
    }
}
