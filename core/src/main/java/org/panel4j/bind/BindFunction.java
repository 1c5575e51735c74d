package org.panel4j.bind;

import java.util.List;

/**
 * The function a {@link Bound} evaluates: receives the input values in order and returns what to
 * show (anything {@code Panel.panel} accepts, a {@code CompletionStage} of it, or a
 * {@code Flow.Publisher} of it). May block when run async; may throw.
 */
@FunctionalInterface
public interface BindFunction {

    /** Computes the output for these input values. */
    Object apply(List<Object> inputs) throws Exception;
}
