package org.panel4j.browser.jdk.java.util.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

/**
 * {@code java.util.concurrent.CompletableFuture} for the page: completion, {@link #whenComplete} and
 * {@link #cancel}, what core calls. Actions run on the completing thread, or at once when complete.
 */
public class CompletableFuture<T> implements CompletionStage<T> {

    private boolean done;
    private T value;
    private Throwable error;
    private List<BiConsumer<? super T, ? super Throwable>> actions = new ArrayList<>();

    /** An incomplete future. */
    public CompletableFuture() {}

    /** A future complete with {@code value}. */
    public static <U> CompletableFuture<U> completedFuture(U value) {
        var future = new CompletableFuture<U>();
        future.complete(value);
        return future;
    }

    /** A future complete with {@code error}. */
    public static <U> CompletableFuture<U> failedFuture(Throwable error) {
        var future = new CompletableFuture<U>();
        future.completeExceptionally(error);
        return future;
    }

    /** Completes with {@code result} unless complete already. */
    public boolean complete(T result) {
        return finish(result, null);
    }

    /** Completes with {@code failure} unless complete already. */
    public boolean completeExceptionally(Throwable failure) {
        return finish(null, failure);
    }

    /** Completes with a cancellation unless complete already. */
    public boolean cancel(boolean mayInterruptIfRunning) {
        return finish(null, new CancellationException());
    }

    /** Whether it is complete. */
    public synchronized boolean isDone() {
        return done;
    }

    /** Whether it completed with an error (a cancellation included). */
    public synchronized boolean isCompletedExceptionally() {
        return done && error != null;
    }

    /**
     * The error it completed with.
     *
     * @throws IllegalStateException if it is not complete or completed normally
     */
    public synchronized Throwable exceptionNow() {
        if (!done || error == null) {
            throw new IllegalStateException(done ? "Task completed with a result" : "Task has not completed");
        }
        return error;
    }

    private boolean finish(T result, Throwable failure) {
        List<BiConsumer<? super T, ? super Throwable>> toRun;
        synchronized (this) {
            if (done) {
                return false;
            }
            done = true;
            value = result;
            error = failure;
            toRun = actions;
            actions = null;
        }
        for (BiConsumer<? super T, ? super Throwable> action : toRun) {
            action.accept(result, failure);
        }
        return true;
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        var next = new CompletableFuture<T>();
        BiConsumer<T, Throwable> chained = (result, failure) -> {
            try {
                action.accept(result, failure);
            } catch (RuntimeException | Error e) {
                next.finish(null, failure != null ? failure : e);
                return;
            }
            next.finish(result, failure);
        };
        boolean now;
        T result;
        Throwable failure;
        synchronized (this) {
            now = done;
            result = value;
            failure = error;
            if (!now) {
                actions.add(chained);
            }
        }
        if (now) {
            chained.accept(result, failure);
        }
        return next;
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }
}
