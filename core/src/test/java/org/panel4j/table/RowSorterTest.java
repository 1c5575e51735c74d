package org.panel4j.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The radix sort agrees with a plain comparator sort on many rows of wide-ranging values: negative and
 * huge longs, negative decimals, -0.0 and infinities, nulls, several levels in mixed directions.
 */
class RowSorterTest {

    private static final int N = 100_000;

    @Test
    void agreesWithAComparatorSortOverManyLevels() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<@Nullable Long> wide = new ArrayList<>();
        List<@Nullable Double> decimals = new ArrayList<>();
        List<@Nullable Long> small = new ArrayList<>();
        List<@Nullable String> texts = new ArrayList<>();
        double[] specials = {-0.0, 0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1e-300, 1e300};
        for (int i = 0; i < N; i++) {
            wide.add(random.nextInt(20) == 0 ? null : random.nextLong());
            decimals.add(random.nextInt(20) == 0 ? null
                    : random.nextInt(10) == 0 ? specials[random.nextInt(specials.length)] : random.nextDouble(-1e6, 1e6));
            small.add(random.nextInt(10) == 0 ? null : (long) random.nextInt(-3, 4));
            texts.add(random.nextInt(10) == 0 ? null : "t" + random.nextInt(50));
        }
        ColumnarTableData data = ColumnarTableData.builder(N)
                .column("wide", ColumnKind.INTEGER, wide::get)
                .column("decimal", ColumnKind.DECIMAL, decimals::get)
                .column("small", ColumnKind.INTEGER, small::get)
                .column("text", ColumnKind.TEXT, texts::get)
                .build();
        List<List<SortKey>> sorts = List.of(
                List.of(SortKey.ascending("wide")),
                List.of(SortKey.descending("decimal")),
                List.of(SortKey.ascending("decimal")),
                List.of(SortKey.ascending("small"), SortKey.descending("text"), SortKey.ascending("decimal")),
                List.of(SortKey.descending("text"), SortKey.descending("small"), SortKey.ascending("wide")));
        List<List<? extends @Nullable Comparable<?>>> columns = List.of(wide, decimals, small, texts);
        List<String> names = List.of("wide", "decimal", "small", "text");
        for (List<SortKey> sort : sorts) {
            List<Object> keys = new ArrayList<>();
            for (int offset = 0; offset < N; offset += RowQuery.MAX_LIMIT) {
                keys.addAll(data.query(new RowQuery(sort, List.of(), "", offset, RowQuery.MAX_LIMIT)).keys());
            }
            List<Long> expected = new ArrayList<>();
            for (long i = 0; i < N; i++) {
                expected.add(i);
            }
            expected.sort(order(sort, names, columns));
            assertThat(keys).as("%s", sort).isEqualTo(expected);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Long> order(List<SortKey> sort, List<String> names,
            List<List<? extends @Nullable Comparable<?>>> columns) {
        Comparator<Long> order = (a, b) -> 0;
        for (SortKey key : sort) {
            List<? extends Comparable> column = (List) columns.get(names.indexOf(key.column()));
            // -0.0 and 0.0 are one value, as in SQL
            Comparator<Comparable> values = (a, b) -> a instanceof Double x && b instanceof Double y
                    ? Double.compare(x + 0.0, y + 0.0) : a.compareTo(b);
            Comparator<Comparable> directed = key.descending()
                    ? Comparator.nullsLast(values.reversed()) : Comparator.nullsFirst(values);
            order = order.thenComparing(row -> column.get((int) (long) row), directed);
        }
        return order.thenComparing(Comparator.naturalOrder());
    }
}
