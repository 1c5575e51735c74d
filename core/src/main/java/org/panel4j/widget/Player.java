package org.panel4j.widget;

import org.panel4j.param.Param;

/**
 * A player over whole numbers from {@code start} to {@code end} by {@code step} (Panel's {@code Player}):
 * a slider with play, pause, step and loop controls; see {@link PlayerWidget} for how it plays. Client
 * input to {@code value} must be a whole number within {@code start}..{@code end}; while playing, the value
 * moves along the grid {@code start + k × step}.
 */
public final class Player extends PlayerWidget<Integer> {

    private final Param<Integer> start = Param.builder(this, "start", Integer.class).value(0).doc("The first value.").build();
    private final Param<Integer> end = Param.builder(this, "end", Integer.class).value(0).doc("The last value.").build();
    private final Param<Integer> step = Param.builder(this, "step", Integer.class).value(1)
            .check(v -> v <= 0 ? "must be more than 0" : null).doc("The distance between values.").build();
    private final Param<Integer> value = Param.builder(this, "value", Integer.class).value(0).clientWritable()
            .bounds(this::getStart, this::getEnd).doc("The current value.").build();

    /** A player from {@code start} to {@code end} at {@code start}, paused. */
    public Player(int start, int end) {
        this(start, end, start);
    }

    /** A player from {@code start} to {@code end} at {@code initial}, paused. @throws IllegalArgumentException if start is above end */
    public Player(int start, int end, int initial) {
        if (start > end) {
            throw new IllegalArgumentException("Player.start must be at most end (" + end + "), not " + start);
        }
        this.start.set(start);
        this.end.set(end);
        value.set(initial);
    }

    @Override
    protected int position() {
        return Math.floorDiv(getValue() - getStart(), getStep());
    }

    @Override
    protected int lastPosition() {
        return Math.floorDiv(getEnd() - getStart(), getStep());
    }

    @Override
    protected void moveTo(int position) {
        value.set(getStart() + position * getStep());
    }

    @Override
    public Param<Integer> valueProperty() {
        return value;
    }

    /** The first value. */
    public int getStart() {
        return start.get();
    }

    /** Sets the first value. */
    public void setStart(int value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<Integer> startProperty() {
        return start;
    }

    /** The last value. */
    public int getEnd() {
        return end.get();
    }

    /** Sets the last value. */
    public void setEnd(int value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<Integer> endProperty() {
        return end;
    }

    /** The distance between values. */
    public int getStep() {
        return step.get();
    }

    /** Sets the distance between values (above 0). @throws IllegalArgumentException if not acceptable */
    public void setStep(int value) {
        step.set(value);
    }

    /** The {@code step} parameter. */
    public Param<Integer> stepProperty() {
        return step;
    }
}
