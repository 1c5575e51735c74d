package org.panel4j.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionTest {

    private final Gauge first = new Gauge();
    private final Gauge second = new Gauge();

    @Test
    void commit_setsEverything_andCallsEachWatcherOnceWithAllItsEvents() {
        var batches = new ArrayList<List<Change<?>>>();
        Param.watchAll(batches::add, WatchOptions.DEFAULT, first.level, first.unit);

        Transaction.begin().set(first.level, 1).set(first.unit, "ml").commit();

        assertThat(first.level.get()).isEqualTo(1);
        assertThat(first.unit.get()).isEqualTo("ml");
        assertThat(batches).singleElement().satisfies(events ->
                assertThat(events).extracting(Change::name).containsExactly("level", "unit"));
    }

    @Test
    void commit_acrossTwoObjects_callsAWatcherOfBothOnce() {
        var batches = new ArrayList<List<Change<?>>>();
        Param.watchAll(batches::add, WatchOptions.DEFAULT, first.level, second.level);

        Transaction.begin().set(first.level, 1).set(second.level, 2).commit();

        assertThat(batches).singleElement().satisfies(events -> {
            assertThat(events).extracting(Change::owner).containsExactly(first, second);
            assertThat(events.stream().<Object>map(Change::newValue).toList()).containsExactly(1, 2);
        });
    }

    @Test
    void commit_watchersSeeEveryValueAlreadySet() {
        var seenByLevelWatcher = new ArrayList<String>();
        first.level.watch(c -> seenByLevelWatcher.add(second.unit.get()));

        Transaction.begin().set(first.level, 1).set(second.unit, "ml").commit();

        assertThat(seenByLevelWatcher).containsExactly("ml");
    }

    @Test
    void commit_withOneInvalidValue_changesNothing_andNotifiesNobody() {
        var seen = new ArrayList<Change<?>>();
        first.level.watch(seen::add);
        second.unit.watch(seen::add);

        assertThatThrownBy(() -> Transaction.begin().set(first.level, 1).set(second.unit, "gallon").commit())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gauge.unit must be one of [l, ml], not 'gallon'");

        assertThat(first.level.get()).isEqualTo(5);
        assertThat(second.unit.get()).isEqualTo("l");
        assertThat(seen).isEmpty();
    }

    @Test
    void commit_withAConstantParam_changesNothing() {
        assertThatThrownBy(() -> Transaction.begin().set(first.level, 1).set(first.serial, "x").commit())
                .isInstanceOf(IllegalStateException.class);

        assertThat(first.level.get()).isEqualTo(5);
    }

    @Test
    void commit_laterValueForTheSameParamWins_unchangedValuesAreSET() {
        var seen = new ArrayList<Change<Integer>>();
        first.level.watch(seen::add, WatchOptions.DEFAULT.onlyChanged(false));

        Transaction.begin().set(first.level, 1).set(first.level, 5).commit();

        assertThat(seen).singleElement().extracting(Change::type).isEqualTo(ChangeType.SET);
        assertThat(first.level.get()).isEqualTo(5);
    }
}
