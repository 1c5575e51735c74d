package org.panel4j.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ListTableDataTest {

    static final List<TableColumn> COLUMNS = List.of(new TableColumn("city", ColumnKind.TEXT),
            new TableColumn("people", ColumnKind.INTEGER), new TableColumn("area", ColumnKind.DECIMAL),
            new TableColumn("capital", ColumnKind.BOOLEAN), new TableColumn("founded", ColumnKind.DATE));

    static ListTableData cities() {
        return ListTableData.of(COLUMNS, List.of(
                List.of("Lyon", 520_000, 47.9, false, LocalDate.of(1, 1, 1)),
                List.of("Paris", 2_100_000L, 105.4, true, LocalDate.of(300, 1, 1)),
                List.of("Nice", 340_000L, 71.9, false, LocalDate.of(350, 1, 1)),
                List.of("Lille", 230_000L, 34.8, false, LocalDate.of(640, 1, 1)),
                List.of("Berlin", 3_600_000L, 891.8, true, LocalDate.of(1237, 1, 1))));
    }

    private static List<Object> column(RowPage page, int c) {
        return page.rows().stream().map(r -> r.get(c)).toList();
    }

    @Test
    void sortsByTwoLevels_filtersAndSearches_andPages() throws Exception {
        var data = cities();
        RowPage sorted = data.query(new RowQuery(List.of(SortKey.ascending("capital"), SortKey.descending("people")),
                List.of(), "", 0, 10));
        assertThat(column(sorted, 0)).containsExactly("Lyon", "Nice", "Lille", "Berlin", "Paris");
        assertThat(sorted.keys()).containsExactly(0L, 2L, 3L, 4L, 1L);

        RowPage filtered = data.query(new RowQuery(List.of(SortKey.ascending("city")),
                List.of(new ColumnFilter.Between("people", 300_000L, null), new ColumnFilter.OneOf("capital", Set.of(false))),
                "", 0, 10));
        assertThat(column(filtered, 0)).containsExactly("Lyon", "Nice");
        assertThat(filtered.matching()).isEqualTo(2);

        RowPage searched = data.query(new RowQuery(List.of(), List.of(new ColumnFilter.Contains("city", "L")), "", 1, 1));
        assertThat(searched.matching()).isEqualTo(3);   // Lyon, Lille, Berlin
        assertThat(column(searched, 0)).containsExactly("Lille");
        assertThat(searched.offset()).isEqualTo(1);

        assertThat(column(data.query(new RowQuery(List.of(), List.of(), "ERL", 0, 5)), 0)).containsExactly("Berlin");
        RowPage past = data.query(new RowQuery(List.of(), List.of(), "", 10, 5));
        assertThat(past.rows()).isEmpty();
        assertThat(past.matching()).isEqualTo(5);
    }

    @Test
    void refusesUnknownColumnsAndValuesOfTheWrongKind() {
        var data = cities();
        assertThatThrownBy(() -> data.query(new RowQuery(List.of(SortKey.ascending("city; DROP TABLE x")), List.of(), "", 0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
        assertThatThrownBy(() -> data.query(new RowQuery(List.of(), List.of(new ColumnFilter.Between("people", "a", null)), "", 0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a Long");
        assertThatThrownBy(() -> ListTableData.of(COLUMNS, List.of(List.of("x", "not a number", 1.0, true, LocalDate.MIN))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("people");
    }

    @Test
    void aLongSortAnswersAnInterrupt() throws Exception {
        var data = ListTableData.generated(List.of(new TableColumn("n", ColumnKind.INTEGER)), 2_000_000,
                (row, column) -> (long) ((row * 7919L) % 1_000_003));
        var failure = new AtomicReference<Throwable>();
        var started = new CountDownLatch(1);
        Thread thread = Thread.ofVirtual().start(() -> {
            started.countDown();
            try {
                for (int i = 0; i < 50; i++) {   // far longer than the test waits, unless interrupted
                    data.query(new RowQuery(List.of(i % 2 == 0 ? SortKey.ascending("n") : SortKey.descending("n")),
                            List.of(), "", 0, 10));
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        started.await();
        Thread.sleep(50);   // let it get into a sort; the assertion does not depend on the timing
        thread.interrupt();
        thread.join(30_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void keyedRowsNeedUniqueKeys() throws Exception {
        var rows = new ArrayList<List<?>>();
        rows.add(List.of("a", 1L, 1.0, true, LocalDate.MIN));
        rows.add(List.of("b", 2L, 1.0, true, LocalDate.MIN));
        var data = ListTableData.of(COLUMNS, rows, "city");
        assertThat(data.query(RowQuery.firstRows(5)).keys()).containsExactly("a", "b");
        rows.add(List.of("a", 3L, 1.0, true, LocalDate.MIN));
        assertThatThrownBy(() -> ListTableData.of(COLUMNS, rows, "city")).hasMessageContaining("repeated");
    }
}
