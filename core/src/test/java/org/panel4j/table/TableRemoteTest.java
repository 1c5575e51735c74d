package org.panel4j.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.session.ClientInputException;
import org.panel4j.testing.TestSession;

/** A remote table driven headless as the page drives it: page requests, their bounds, and superseding. */
class TableRemoteTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    static Map<String, Object> request(long n, long offset, int limit, List<?> sort, List<?> filters, String search) {
        var payload = new HashMap<String, Object>();
        payload.put("request", n);
        payload.put("offset", offset);
        payload.put("limit", limit);
        payload.put("sort", sort);
        payload.put("filters", filters);
        payload.put("search", search);
        return payload;
    }

    static Table cityTable(TableData data) {
        return Table.of(data).column("city", c -> c.title("City"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> cities(Map<String, Object> page) {
        return ((List<List<Object>>) page.get("rows")).stream().map(r -> r.get(0)).toList();
    }

    @Test
    void aPageRequest_runsTheQueryOnTheServer_andAnswersItsNumber() {
        var table = cityTable(ListTableDataTest.cities());
        try (var page = TestSession.open(session -> table)) {
            page.event(table, "query", request(7, 0, 2, List.of(Map.of("column", "people", "descending", true)),
                    List.of(Map.of("column", "area", "type", "between", "min", 40, "max", 900)), ""));
            Map<String, Object> answer = page.await(table.pageProperty(), p -> p != null && p.get("request").equals(7L));
            assertThat(cities(answer)).containsExactly("Berlin", "Paris");
            assertThat(answer.get("matching")).isEqualTo(4L);
            assertThat(answer.get("keys")).isEqualTo(List.of(4L, 1L));

            page.event(table, "query", request(8, 2, 2, List.of(Map.of("column", "people", "descending", true)),
                    List.of(Map.of("column", "capital", "type", "oneOf", "values", List.of(false)),
                            Map.of("column", "founded", "type", "between", "min", "0200-01-01")), "i"));
            answer = page.await(table.pageProperty(), p -> p != null && p.get("request").equals(8L));
            assertThat(answer.get("matching")).isEqualTo(2L);   // Nice, Lille: both past the page asked for
            assertThat(answer.get("error")).asString().contains("no row 3");
            assertThat(table.isLoading()).isFalse();
        }
    }

    @Test
    void badRequests_areRefusedWithAClearError_andChangeNothing() {
        var table = cityTable(ListTableDataTest.cities()).column("people", c -> c.headerFilter(HeaderFilter.NONE));
        try (var page = TestSession.open(session -> table)) {
            page.event(table, "query", request(1, 0, 5, List.of(), List.of(), ""));
            page.await(table.pageProperty(), p -> p != null && p.get("request").equals(1L));
            Map<String, Object> before = table.getPage();
            var sortBy = (java.util.function.Function<String, List<?>>) c -> List.of(Map.of("column", c, "descending", false));

            assertRefused(page, table, request(2, 0, 5, sortBy.apply("city\"; DROP TABLE orders; --"), List.of(), ""),
                    "unknown column");
            assertRefused(page, table, request(3, 0, 5, sortBy.apply("nosuch"), List.of(), ""), "unknown column");
            assertRefused(page, table, request(4, 0, 5, List.of(), List.of(Map.of("column", "people", "type", "between",
                    "min", 1)), ""), "has no between filter");
            assertRefused(page, table, request(5, 0, 5, List.of(), List.of(Map.of("column", "area", "type", "between",
                    "min", "ten")), ""), "needs a finite number");
            assertRefused(page, table, request(6, 0, 5, List.of(), List.of(Map.of("column", "founded", "type", "between",
                    "min", "2026-13-45")), ""), "a date as yyyy-mm-dd");
            assertRefused(page, table, request(7, 0, 100_000, List.of(), List.of(), ""), "limit must be");
            assertRefused(page, table, request(8, -1, 5, List.of(), List.of(), ""), "offset must be");
            assertRefused(page, table, request(9, 0, 5, List.of(), List.of(), "x".repeat(1_001)), "search must be");
            assertRefused(page, table, request(10, 0, 5, List.of(Map.of("column", "city", "descending", false),
                    Map.of("column", "city", "descending", true)), List.of(), ""), "sorted twice");
            var many = java.util.stream.IntStream.range(0, 9).mapToObj(i -> Map.of("column", "city", "descending", false)).toList();
            assertRefused(page, table, request(11, 0, 5, many, List.of(), ""), "at most 8");
            assertRefused(page, table, request(12, 0, 5, List.of(), List.of(Map.of("column", "city", "type", "regex",
                    "text", ".*")), ""), "unknown filter type");
            assertRefused(page, table, Map.of("request", "one"), "request must be");
            assertThatThrownBy(() -> page.event(table, "edit", Map.of("row", 1, "column", "city", "value", "x")))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("remote");
            page.awaitQuiet(WAIT);
            assertThat(table.getPage()).isSameAs(before);
            assertThat(table.isLoading()).isFalse();
        }
    }

    private static void assertRefused(TestSession page, Table table, Map<String, Object> payload, String message) {
        assertThatThrownBy(() -> page.event(table, "query", payload))
                .isInstanceOf(ClientInputException.class).hasMessageContaining(message);
    }

    @Test
    void aNewerRequest_interruptsTheQueryStillRunning_andOnlyTheNewestIsShown() throws Exception {
        var blocked = new CountDownLatch(1);
        var interrupted = new CountDownLatch(1);
        var calls = new AtomicInteger();
        TableData slow = new TableData() {
            @Override
            public List<TableColumn> columns() {
                return ListTableDataTest.COLUMNS;
            }

            @Override
            public RowPage query(RowQuery query) throws InterruptedException {
                if (calls.incrementAndGet() == 1) {
                    blocked.countDown();
                    try {
                        new CountDownLatch(1).await();   // until interrupted
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                    }
                }
                return ListTableDataTest.cities().query(query);
            }
        };
        var table = cityTable(slow);
        try (var page = TestSession.open(session -> table)) {
            page.event(table, "query", request(1, 0, 5, List.of(), List.of(), ""));
            assertThat(blocked.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(table.isLoading()).isTrue();
            page.event(table, "query", request(2, 0, 5, List.of(Map.of("column", "city", "descending", false)), List.of(), ""));
            assertThat(interrupted.await(20, TimeUnit.SECONDS)).as("the superseded query was interrupted").isTrue();
            Map<String, Object> answer = page.await(table.pageProperty(), p -> p != null && p.get("request").equals(2L), WAIT);
            assertThat(cities(answer)).containsExactly("Berlin", "Lille", "Lyon", "Nice", "Paris");
            page.awaitQuiet(WAIT);
            assertThat(table.getPage().get("request")).isEqualTo(2L);
            assertThat(table.isLoading()).isFalse();
        }
    }

    @Test
    void aButtonCell_callsBackWithTheRowShown_andTheSearchFindsText() throws Exception {
        var table = cityTable(ListTableDataTest.cities()).column("city", c -> c.format(CellFormat.button("Open")));
        var clicks = new java.util.concurrent.CopyOnWriteArrayList<CellClick>();
        table.onCellClick(clicks::add);
        try (var page = TestSession.open(session -> table)) {
            page.event(table, "query", request(1, 0, 5, List.of(), List.of(), "ari"));
            Map<String, Object> answer = page.await(table.pageProperty(), p -> p != null && p.get("request").equals(1L));
            assertThat(cities(answer)).containsExactly("Paris");
            page.event(table, "cellClick", Map.of("row", 1, "column", "city"));
            assertThat(clicks).singleElement().satisfies(click -> {
                assertThat(click.row()).isEqualTo(1L);
                assertThat(click.values()).containsEntry("city", "Paris").containsEntry("people", 2_100_000L);
            });
            assertThatThrownBy(() -> page.event(table, "cellClick", Map.of("row", 4, "column", "city")))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("not on the page shown");
            assertThatThrownBy(() -> page.event(table, "cellClick", Map.of("row", 1, "column", "people")))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("has no buttons");
            assertThat(clicks).hasSize(1);
        }
    }

    @Test
    void selection_keepsKeysOfTheDataKind_andIsRefusedWhenRowsCannotBeSelected() {
        var table = cityTable(ListTableDataTest.cities());
        try (var page = TestSession.open(session -> table)) {
            assertThatThrownBy(() -> page.set(table, "selection", List.of(1)))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("cannot be selected");
            table.setSelectionMode(SelectionMode.MULTIPLE);
            page.set(table, "selection", List.of(3, 1));
            assertThat(table.getSelection()).containsExactly(3L, 1L);
            assertThatThrownBy(() -> page.set(table, "selection", List.of("x")))
                    .isInstanceOf(ClientInputException.class);
            assertThatThrownBy(() -> page.set(table, "selection", java.util.Collections.nCopies(10_001, 1)))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("at most");
            assertThat(table.getSelection()).containsExactly(3L, 1L);
        }
    }
}
