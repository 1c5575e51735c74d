package org.panel4j.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Op;
import org.panel4j.session.Pending;
import org.panel4j.session.PropKey;

/** How a session's pending entry for a data source folds later changes into itself. */
class DataPendingTest {

    private final ColumnDataSource source = new ColumnDataSource(Map.of("n", new long[0]));
    private final PropKey key = new PropKey(source.id(), ColumnDataSource.DATA);

    private DataPending stream(long first, int count, long version) {
        var values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = first + i;
        }
        return DataPending.stream(source, key, Map.of("n", values), count, first, (int) (first + count), version);
    }

    @Test
    void anEntryThatMergedSeveralStreams_foldedIntoAnEarlierOne_keepsAllItsRows() {
        // a flush froze rows 0-1; the live entry merged two streams since (rows 2-3, then 4-5)
        Pending frozen = stream(0, 2, 1);
        Pending live = stream(4, 2, 3).mergeAfter(stream(2, 2, 2));

        Pending folded = live.mergeAfter(frozen);

        List<Op> ops = folded.toOps(0);
        assertThat(ops).singleElement().isInstanceOfSatisfying(Op.StreamRows.class, rows -> {
            assertThat(rows.start()).isZero();
            assertThat(rows.version()).isEqualTo(3);
            assertThat(rows.columns().get("n")).isEqualTo(new long[] {0, 1, 2, 3, 4, 5});
        });
    }

    @Test
    void aLiveEntryWithRowsFoldedIntoAFrozenPatch_keepsItsRows_andThePatch() {
        Pending frozen = DataPending.patch(source, key, "n", new long[] {0}, Column.of(ColumnType.LONG, new long[] {42}), 0, 1);
        Pending live = stream(3, 2, 3).mergeAfter(stream(1, 2, 2));

        List<Op> ops = live.mergeAfter(frozen).toOps(0);

        assertThat(ops).hasSize(2);
        assertThat(ops.get(0)).isInstanceOfSatisfying(Op.PatchRows.class, patch -> assertThat(patch.version()).isEqualTo(3));
        assertThat(ops.get(1)).isInstanceOfSatisfying(Op.StreamRows.class, rows -> {
            assertThat(rows.start()).isEqualTo(1);
            assertThat(rows.columns().get("n")).isEqualTo(new long[] {1, 2, 3, 4});
        });
    }
}
