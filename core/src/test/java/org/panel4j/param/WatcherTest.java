package org.panel4j.param;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Registration;

class WatcherTest {

    private final Gauge gauge = new Gauge();
    private final List<Change<Integer>> seen = new ArrayList<>();

    @Test
    void watch_reportsChangeWithOldNewTypeAndOrigin_beforeSetReturns() {
        gauge.level.watch(seen::add);

        gauge.level.set(7);

        assertThat(seen).singleElement().satisfies(change -> {
            assertThat(change.param()).isSameAs(gauge.level);
            assertThat(change.name()).isEqualTo("level");
            assertThat(change.owner()).isSameAs(gauge);
            assertThat(change.oldValue()).isEqualTo(5);
            assertThat(change.newValue()).isEqualTo(7);
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.origin()).isEqualTo(Origin.SERVER);
            assertThat(change.session()).isNull();
        });
    }

    @Test
    void watch_byDefault_ignoresASetToTheSameValue() {
        gauge.level.watch(seen::add);

        gauge.level.set(5);

        assertThat(seen).isEmpty();
    }

    @Test
    void watch_onlyChangedFalse_seesSetToTheSameValueAsSET() {
        gauge.level.watch(seen::add, WatchOptions.DEFAULT.onlyChanged(false));

        gauge.level.set(5);
        gauge.level.set(6);

        assertThat(seen).extracting(Change::type).containsExactly(ChangeType.SET, ChangeType.CHANGED);
    }

    @Test
    void trigger_callsEveryWatcherWithTRIGGERED_valueUnchanged() {
        gauge.level.watch(seen::add);

        gauge.level.trigger();

        assertThat(seen).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.TRIGGERED);
            assertThat(change.oldValue()).isEqualTo(5);
            assertThat(change.newValue()).isEqualTo(5);
        });
        assertThat(gauge.level.get()).isEqualTo(5);
    }

    @Test
    void watchers_runLowestPrecedenceFirst_thenInRegistrationOrder() {
        var order = new ArrayList<String>();
        gauge.level.watch(c -> order.add("p5"), WatchOptions.DEFAULT.precedence(5));
        gauge.level.watch(c -> order.add("p0-first"));
        gauge.level.watch(c -> order.add("p-1"), WatchOptions.DEFAULT.precedence(-1));
        gauge.level.watch(c -> order.add("p0-second"));

        gauge.level.set(1);

        assertThat(order).containsExactly("p-1", "p0-first", "p0-second", "p5");
    }

    /** Watches level with a watcher that sets level to 2 when it sees 1, logging its start and end. */
    private List<String> watchSettingItselfAgain(WatchOptions options) {
        var log = new ArrayList<String>();
        gauge.level.watch(c -> {
            log.add("start " + c.newValue());
            if (c.newValue() == 1) {
                gauge.level.set(2);
            }
            log.add("end " + c.newValue());
        }, options);
        return log;
    }

    @Test
    void queuedWatcher_changingItsOwnParam_isCalledAgainAfterItReturns_notReentrantly() {
        List<String> log = watchSettingItselfAgain(WatchOptions.DEFAULT.queued(true));

        gauge.level.set(1);

        assertThat(log).containsExactly("start 1", "end 1", "start 2", "end 2");
    }

    @Test
    void unqueuedWatcher_changingItsOwnParam_isCalledReentrantly() {
        List<String> log = watchSettingItselfAgain(WatchOptions.DEFAULT);

        gauge.level.set(1);

        assertThat(log).containsExactly("start 1", "start 2", "end 2", "end 1");
    }

    @Test
    void watchAll_isCalledForAChangeOfAnyWatchedParam() {
        var batches = new ArrayList<List<Change<?>>>();
        Param.watchAll(batches::add, WatchOptions.DEFAULT, gauge.level, gauge.unit);

        gauge.level.set(1);
        gauge.unit.set("ml");

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).singleElement().extracting(Change::name).isEqualTo("level");
        assertThat(batches.get(1)).singleElement().extracting(Change::name).isEqualTo("unit");
    }

    @Test
    void registration_removesTheWatcher_andCancellingTwiceIsHarmless() {
        Registration registration = gauge.level.watch(seen::add);
        gauge.level.set(1);

        registration.cancel();
        registration.cancel();
        gauge.level.set(2);

        assertThat(seen).extracting(Change::newValue).containsExactly(1);
    }

    @Test
    void registration_ofWatchAll_removesItFromEveryParam() {
        var batches = new ArrayList<List<Change<?>>>();
        try (Registration ignored = Param.watchAll(batches::add, WatchOptions.DEFAULT, gauge.level, gauge.unit)) {
            gauge.level.set(1);
        }

        gauge.level.set(2);
        gauge.unit.set("ml");

        assertThat(batches).hasSize(1);
    }

    @Test
    void watcherThatThrows_outsideASession_doesNotUndoTheSet_orStopOtherWatchers() {
        gauge.level.watch(c -> {
            throw new IllegalStateException("boom");
        });
        gauge.level.watch(seen::add, WatchOptions.DEFAULT.precedence(1));

        gauge.level.set(9);

        assertThat(gauge.level.get()).isEqualTo(9);
        assertThat(seen).hasSize(1);
    }
}
