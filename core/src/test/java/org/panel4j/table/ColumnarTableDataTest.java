package org.panel4j.table;

import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** {@link ColumnarTableData} passes the {@link TableDataContract}. */
class ColumnarTableDataTest extends TableDataContract {

    private static @Nullable SlowQuery slow;

    @Override
    protected TableData data(List<TableColumn> columns, List<List<@Nullable Object>> rows) {
        return ColumnarTableData.of(columns, rows);
    }

    @Override
    protected SlowQuery slowQuery() {
        if (slow == null) {
            SplittableRandom random = new SplittableRandom(3);
            int n = 6_000_000;
            ColumnarTableData data = ColumnarTableData.builder(n)
                    .decimals("a", r -> random.nextDouble())
                    .decimals("b", r -> random.nextDouble())
                    .decimals("c", r -> random.nextDouble())
                    .cacheBytes(0)
                    .build();
            slow = new SlowQuery(data, query(
                    List.of(SortKey.ascending("a"), SortKey.descending("b"), SortKey.ascending("c")), List.of(), "", 0, 10));
        }
        return slow;
    }
}
