package org.panel4j.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnDataSourceTest {

    private static Map<String, Object> xy(double[] x, double[] y) {
        var map = new LinkedHashMap<String, Object>();
        map.put("x", x);
        map.put("y", y);
        return map;
    }

    @Test
    void stream_withRollover_keepsExactlyTheLastNRows() {
        var source = new ColumnDataSource(xy(new double[] {0, 1}, new double[] {0, 10}));
        for (int i = 2; i < 20; i += 3) {
            source.stream(xy(new double[] {i, i + 1, i + 2}, new double[] {10 * i, 10 * (i + 1), 10 * (i + 2)}), 7);
        }
        assertThat(source.length()).isEqualTo(7);
        assertThat(source.doubles("x")).containsExactly(13, 14, 15, 16, 17, 18, 19);
        assertThat(source.doubles("y")).containsExactly(130, 140, 150, 160, 170, 180, 190);
    }

    @Test
    void stream_moreRowsThanRollover_keepsTheLastOfTheNewRows() {
        var source = new ColumnDataSource(xy(new double[] {0}, new double[] {0}));
        source.stream(xy(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}), 2);
        assertThat(source.doubles("x")).containsExactly(3, 4);
    }

    @Test
    void patch_editsOnlyTheNamedRows() {
        var source = new ColumnDataSource(xy(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 3}));
        source.patch("y", new int[] {1, 3}, new double[] {-1, -3});
        assertThat(source.doubles("y")).containsExactly(0, -1, 2, -3);
        assertThat(source.doubles("x")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void setData_thenStream_appendsToTheNewData() {
        var source = new ColumnDataSource(xy(new double[] {0, 1}, new double[] {0, 1}));
        source.setData(Map.of("x", new long[] {100}, "label", List.of("a")));
        source.stream(Map.of("x", List.of(101L, 102L), "label", new String[] {"b", "c"}));
        assertThat(source.columnNames()).containsExactlyInAnyOrder("x", "label");
        assertThat(source.columnType("x")).isEqualTo(ColumnType.LONG);
        assertThat(source.longs("x")).containsExactly(100, 101, 102);
        assertThat(source.strings("label")).containsExactly("a", "b", "c");
    }

    @Test
    void stream_unequalLengths_throwsNamingSourceColumnsAndLengths_andChangesNothing() {
        var source = new ColumnDataSource(xy(new double[] {0}, new double[] {0}));
        assertThatThrownBy(() -> source.stream(xy(new double[] {1, 2}, new double[] {1}), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ColumnDataSource#" + source.id())
                .hasMessageContaining("'x' has 2").hasMessageContaining("'y' has 1");
        assertThat(source.length()).isEqualTo(1);
        assertThat(source.doubles("x")).containsExactly(0);
    }

    @Test
    void stream_badColumns_throwAndChangeNothing() {
        var source = new ColumnDataSource(Map.of("t", new long[] {1}, "y", new double[] {0}));
        assertThatThrownBy(() -> source.stream(Map.of("t", new long[] {2}), 5))
                .hasMessageContaining("'y' is missing");
        assertThatThrownBy(() -> source.stream(Map.of("t", new long[] {2}, "y", new double[] {1}, "z", new double[] {1})))
                .hasMessageContaining("unknown column 'z'");
        assertThatThrownBy(() -> source.stream(Map.of("t", new double[] {2.5}, "y", new double[] {1})))
                .hasMessageContaining("column 't' holds long values and cannot take double[]");
        assertThatThrownBy(() -> source.stream(Map.of("t", new long[] {2}, "y", new double[] {1}), 0))
                .hasMessageContaining("rollover must be at least 1, not 0");
        assertThat(source.length()).isEqualTo(1);
    }

    @Test
    void patch_badIndexOrLength_throwsAndChangesNothing() {
        var source = new ColumnDataSource(xy(new double[] {0, 1}, new double[] {0, 1}));
        assertThatThrownBy(() -> source.patch("y", new int[] {0, 2}, new double[] {9, 9}))
                .hasMessageContaining("index 2 of column 'y' is out of range for 2 rows");
        assertThatThrownBy(() -> source.patch("y", new int[] {0}, new double[] {9, 9}))
                .hasMessageContaining("1 indices but 2 values");
        assertThatThrownBy(() -> source.patch("q", new int[] {0}, new double[] {9}))
                .hasMessageContaining("no column 'q' (columns: x, y)");
        assertThat(source.doubles("y")).containsExactly(0, 1);
    }

    @Test
    void lists_ofInstantsAndNumbers_becomeLongAndDoubleColumns() {
        var t = Instant.parse("2026-01-01T00:00:00Z");
        var source = new ColumnDataSource(Map.of("t", List.of(t), "y", List.of(1, 2.5).subList(1, 2)));
        assertThat(source.longs("t")).containsExactly(t.toEpochMilli());
        assertThat(source.columnType("y")).isEqualTo(ColumnType.DOUBLE);
    }

    @Test
    void readers_returnCopies() {
        var source = new ColumnDataSource(xy(new double[] {0}, new double[] {0}));
        source.doubles("x")[0] = 42;
        assertThat(source.doubles("x")).containsExactly(0);
    }

    @Test
    void pendingEntry_mergedTenThousandTimes_holdsAtMostTheRollover() {
        var source = new ColumnDataSource(xy(new double[] {0}, new double[] {0}));
        var key = new org.panel4j.session.PropKey(source.id(), "data");
        org.panel4j.session.Pending entry = null;
        long start = 1;
        for (int call = 0; call < 10_000; call++) {
            var rows = new LinkedHashMap<String, Object>();
            rows.put("x", new double[] {1, 2, 3, 4, 5});
            rows.put("y", new double[] {1, 2, 3, 4, 5});
            var fresh = DataPending.stream(source, key, rows, 5, start, 100, call + 1);
            start += 5;
            entry = entry == null ? fresh : fresh.mergeAfter(entry);
            assertThat(((DataPending) entry).pendingRows()).isLessThanOrEqualTo(100);
        }
        var op = (org.panel4j.session.Op.StreamRows) entry.toOps(0).getFirst();
        assertThat(op.start()).isEqualTo(start - 100);
        assertThat(op.rollover()).isEqualTo(100);
        assertThat((double[]) op.columns().get("x")).hasSize(100);
    }
}
