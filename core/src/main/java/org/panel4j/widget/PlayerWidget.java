package org.panel4j.widget;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.session.Session;

/**
 * The base of {@link Player} and {@link DiscretePlayer}: play, pause, step and loop controls over a
 * sequence of positions. Playing is done by the server, not by a browser timer: while {@code direction}
 * is 1 (forward) or -1 (backward), a periodic callback of the session showing the player moves the
 * value one position every {@code interval} ms, holding the session lock, and the page follows. At an end
 * {@code loopPolicy} says what happens. The browser sets {@code direction} (play, reverse, pause),
 * {@code loopPolicy} and {@code value}; a direction other than -1, 0 or 1 or an unknown policy is refused.
 * A player shown in no session, or in several, does not advance until it is shown in exactly one.
 *
 * @param <T> the value type
 */
public abstract class PlayerWidget<T> extends Widget implements HasValue<T> {

    private static final List<Integer> DIRECTIONS = List.of(-1, 0, 1);

    private final Param<Integer> interval = Param.builder(this, "interval", Integer.class).value(500)
            .check(v -> v < 10 ? "must be at least 10 (ms)" : null).doc("The time between steps while playing, in ms.").build();
    private final Param<LoopPolicy> loopPolicy = Param.builder(this, "loopPolicy", LoopPolicy.class).value(LoopPolicy.ONCE)
            .clientWritable().doc("What happens at an end: stop, loop round or turn round.").build();
    private final Param<Integer> direction = Param.builder(this, "direction", Integer.class).value(0).clientWritable()
            .allowed(() -> DIRECTIONS).doc("1 playing forward, -1 playing backward, 0 paused.").build();
    private final ReentrantLock tickerLock = new ReentrantLock();
    private @Nullable PeriodicCallback ticker;
    private @Nullable Session tickerSession;

    /** The current position, 0 to {@link #lastPosition()}. */
    protected abstract int position();

    /** The last position (the first is 0). */
    protected abstract int lastPosition();

    /** Moves the value to {@code position} (0 to {@link #lastPosition()}). */
    protected abstract void moveTo(int position);

    /** For subclasses. */
    protected PlayerWidget() {}

    /** Starts or stops ticking when the direction or interval changes; rewinds a finished once-player on play. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == direction || param == interval) {
            if (param == direction && getLoopPolicy() == LoopPolicy.ONCE) {
                int dir = getDirection();
                if (dir > 0 && position() >= lastPosition()) {
                    moveTo(0);
                } else if (dir < 0 && position() <= 0) {
                    moveTo(lastPosition());
                }
            }
            syncTicker();
        }
    }

    @Override
    public void attach(Session session) {
        super.attach(session);
        syncTicker();
    }

    @Override
    public void detach(Session session) {
        super.detach(session);
        syncTicker();
    }

    /** Ticks while the direction is not 0 and the player is shown in one session; else not. */
    private void syncTicker() {
        tickerLock.lock();
        try {
            Session session = session();
            boolean play = getDirection() != 0 && session != null && !session.isDestroyed();
            if (ticker != null && (!play || session != tickerSession)) {
                ticker.stop();
            }
            if (!play) {
                return;
            }
            Duration period = Duration.ofMillis(getInterval());
            if (ticker == null || session != tickerSession) {
                ticker = session.addPeriodicCallback(tick -> step(), period);
                tickerSession = session;
            } else {
                ticker.period(period);
                ticker.start();
            }
        } finally {
            tickerLock.unlock();
        }
    }

    /** One step in the current direction, applying the loop policy at an end. */
    private void step() {
        int dir = getDirection();
        if (dir == 0) {
            return;
        }
        int last = lastPosition();
        int next = position() + dir;
        if (next < 0 || next > last) {
            switch (getLoopPolicy()) {
                case ONCE -> {
                    setDirection(0);
                    return;
                }
                case LOOP -> next = dir > 0 ? 0 : last;
                case REFLECT -> {
                    setDirection(-dir);
                    next = Math.clamp(position() - (long) dir, 0, last);
                }
            }
        }
        moveTo(next);
    }

    /** Whether the player is playing (direction not 0). */
    public boolean isPlaying() {
        return getDirection() != 0;
    }

    /** Plays forward. */
    public void play() {
        setDirection(1);
    }

    /** Pauses. */
    public void pause() {
        setDirection(0);
    }

    /** The time between steps while playing, in ms. */
    public int getInterval() {
        return interval.get();
    }

    /** Sets the time between steps while playing, in ms (at least 10). @throws IllegalArgumentException if not acceptable */
    public void setInterval(int value) {
        interval.set(value);
    }

    /** The {@code interval} parameter (ms). */
    public Param<Integer> intervalProperty() {
        return interval;
    }

    /** What happens at an end. */
    public LoopPolicy getLoopPolicy() {
        return loopPolicy.get();
    }

    /** Sets what happens at an end. */
    public void setLoopPolicy(LoopPolicy value) {
        loopPolicy.set(value);
    }

    /** The {@code loopPolicy} parameter. */
    public Param<LoopPolicy> loopPolicyProperty() {
        return loopPolicy;
    }

    /** 1 playing forward, -1 playing backward, 0 paused. */
    public int getDirection() {
        return direction.get();
    }

    /** Plays forward (1), backward (-1) or pauses (0). @throws IllegalArgumentException for another value */
    public void setDirection(int value) {
        direction.set(value);
    }

    /** The {@code direction} parameter. */
    public Param<Integer> directionProperty() {
        return direction;
    }
}
