package org.panel4j.browser.jdk.java.util.concurrent;

import java.util.function.BiConsumer;

/** {@code java.util.concurrent.CompletionStage} for the page: what core calls. */
public interface CompletionStage<T> {

    /** Runs {@code action} with the result or the error once complete (now, if it is). */
    CompletionStage<T> whenComplete(BiConsumer<? super T, ? super Throwable> action);

    /** This stage as a future. */
    CompletableFuture<T> toCompletableFuture();
}
