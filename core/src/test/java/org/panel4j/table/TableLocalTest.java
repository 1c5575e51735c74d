package org.panel4j.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.session.ClientInputException;
import org.panel4j.testing.ClientData;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;

/** A local table driven headless: records, edits checked on the server, streams, selection, the CSV view. */
class TableLocalTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A record with every kind. */
    public record Item(String name, long stock, double price, boolean organic, LocalDate added, LocalDateTime checked,
                       Integer shelf) {}

    static List<Item> items() {
        return List.of(
                new Item("Tea", 10, 4.5, true, LocalDate.of(2026, 1, 2), LocalDateTime.of(2026, 1, 2, 12, 0), 1),
                new Item("Milk", 0, 1.2, false, LocalDate.of(2026, 3, 4), LocalDateTime.of(2026, 3, 4, 9, 30), null),
                new Item("=HYPERLINK(\"x\")", 5, 9.0, false, LocalDate.of(2025, 5, 6), LocalDateTime.of(2025, 5, 6, 0, 0), 2));
    }

    private static Map<String, Object> edit(long row, String column, Object value) {
        var payload = new HashMap<String, Object>();
        payload.put("row", row);
        payload.put("column", column);
        payload.put("value", value);
        return payload;
    }

    @Test
    void records_giveColumnsOfTheirKinds_andLocalDateTimesAreReadInTheStatedZone() {
        Table table = Table.of(Item.class, items(), ZoneId.of("Europe/Paris"));
        assertThat(table.getMode()).isEqualTo(Table.Mode.LOCAL);
        assertThat(table.getColumns()).extracting(ColumnSpec::kind).containsExactly(ColumnKind.TEXT, ColumnKind.INTEGER,
                ColumnKind.DECIMAL, ColumnKind.BOOLEAN, ColumnKind.DATE, ColumnKind.DATETIME, ColumnKind.INTEGER);
        ColumnDataSource source = table.getSource();
        assertThat(source.longs("checked")[0]).isEqualTo(Instant.parse("2026-01-02T11:00:00Z").toEpochMilli());
        assertThat(source.doubles("shelf")[1]).isNaN();   // a null INTEGER: a double column with NaN
        assertThat(source.strings("added")).containsExactly("2026-01-02", "2026-03-04", "2025-05-06");

        var many = IntStream.range(0, Table.LOCAL_ROW_LIMIT + 1).mapToObj(i -> items().get(i % 3)).toList();
        Table big = Table.of(many);
        assertThat(big.getMode()).isEqualTo(Table.Mode.REMOTE);
        assertThat(big.getData()).isInstanceOf(ListTableData.class);
    }

    @Test
    void edits_areCheckedOnTheServer_acceptedOnesChangeTheData_refusedOnesPutTheCellBack() throws Exception {
        Table table = Table.of(items())
                .column("stock", c -> c.editable(true).bounds(0.0, 100.0))
                .column("name", c -> c.editable(true))
                .column("organic", c -> c.editable(true))
                .column("added", c -> c.editable(true));
        table.setEditValidator(e -> e.column().equals("name") && e.newValue().toString().isBlank() ? "a name is needed" : null);
        var edits = new CopyOnWriteArrayList<EditEvent>();
        table.onEdit(edits::add);
        try (var page = TestSession.open(session -> table)) {
            ColumnDataSource source = table.getSource();
            page.event(table, "edit", edit(0, "stock", 42));
            page.event(table, "edit", edit(1, "organic", true));
            page.event(table, "edit", edit(2, "added", "2024-02-29"));
            assertThat(source.longs("stock")).containsExactly(42, 0, 5);
            assertThat(source.doubles("organic")).containsExactly(1, 1, 0);
            assertThat(source.strings("added").get(2)).isEqualTo("2024-02-29");
            assertThat(edits).extracting(EditEvent::row, EditEvent::column, EditEvent::oldValue, EditEvent::newValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "stock", 10L, 42L),
                            org.assertj.core.groups.Tuple.tuple(1L, "organic", false, true),
                            org.assertj.core.groups.Tuple.tuple(2L, "added", LocalDate.of(2025, 5, 6), LocalDate.of(2024, 2, 29)));

            refused(page, table, edit(0, "stock", 101), "at most 100.0");
            refused(page, table, edit(0, "stock", 1.5), "a whole number");
            refused(page, table, edit(0, "stock", "7"), "a whole number");
            refused(page, table, edit(0, "name", "  "), "a name is needed");
            refused(page, table, edit(0, "added", "2026-02-30"), "yyyy-mm-dd");
            assertThat(table.getRefusals()).hasSize(5);
            assertThat(table.getRefusals().getFirst()).containsEntry("row", 0L).containsEntry("column", "stock")
                    .containsEntry("value", 42L);
            assertThatThrownBy(() -> page.event(table, "edit", edit(0, "price", 1.0)))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("cannot be edited");
            assertThatThrownBy(() -> page.event(table, "edit", edit(0, "nosuch\u202e", 1.0)))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("unknown column").hasMessageContaining("\\u202e");
            assertThatThrownBy(() -> page.event(table, "edit", edit(99, "stock", 1)))
                    .isInstanceOf(ClientInputException.class).hasMessageContaining("no longer exists");
            assertThat(source.longs("stock")).containsExactly(42, 0, 5);
            assertThat(source.strings("name").getFirst()).isEqualTo("Tea");
            assertThat(edits).hasSize(3);
            page.awaitQuiet(WAIT);
            assertThat(page.client().data(source.id()).doubles("stock")).containsExactly(42, 0, 5);
        }
    }

    @Test
    void dateTimeEdits_areReadInTheZoneTheColumnShows_checkedAgainstItsBounds_andRefusedOnesPutBack() throws Exception {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Table table = Table.of(Item.class, items(), paris)
                .column("checked", c -> c.editable(true).bounds(LocalDateTime.of(2025, 1, 1, 0, 0).atZone(paris).toInstant(),
                        LocalDateTime.of(2026, 12, 31, 23, 59, 59).atZone(paris).toInstant()));
        var edits = new CopyOnWriteArrayList<EditEvent>();
        table.onEdit(edits::add);
        try (var page = TestSession.open(session -> table)) {
            ColumnDataSource source = table.getSource();
            long before = source.longs("checked")[1];
            page.event(table, "edit", edit(0, "checked", "2026-07-14T09:30"));          // summer: UTC+2
            page.event(table, "edit", edit(1, "checked", "2026-01-05T08:15:30"));       // winter: UTC+1
            page.event(table, "edit", edit(2, "checked", "2026-03-29T02:30:00"));       // skipped by the clocks
            long epoch = Instant.parse("2025-06-01T10:00:00Z").toEpochMilli();
            page.event(table, "edit", edit(0, "checked", epoch));                       // a moment as the filters send it
            assertThat(source.longs("checked")).containsExactly(epoch, Instant.parse("2026-01-05T07:15:30Z").toEpochMilli(),
                    Instant.parse("2026-03-29T01:30:00Z").toEpochMilli());
            assertThat(edits).extracting(EditEvent::row, EditEvent::newValue).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(0L, Instant.parse("2026-07-14T07:30:00Z")),
                    org.assertj.core.groups.Tuple.tuple(1L, Instant.parse("2026-01-05T07:15:30Z")),
                    org.assertj.core.groups.Tuple.tuple(2L, Instant.parse("2026-03-29T01:30:00Z")),
                    org.assertj.core.groups.Tuple.tuple(0L, Instant.ofEpochMilli(epoch)));
            assertThat(edits.get(1).oldValue()).isEqualTo(Instant.ofEpochMilli(before));

            refused(page, table, edit(1, "checked", "2024-12-31T23:59:59"),
                    "must be 2025-01-01 00:00:00 or later (Europe/Paris), got 2024-12-31 23:59:59");
            refused(page, table, edit(1, "checked", "2027-01-01T00:00"),
                    "must be 2026-12-31 23:59:59 or earlier (Europe/Paris), got 2027-01-01 00:00:00");
            refused(page, table, edit(1, "checked", Instant.parse("2030-01-01T00:00:00Z").toEpochMilli()), "or earlier");
            refused(page, table, edit(1, "checked", "2026-02-30T10:00"), "yyyy-mm-ddThh:mm[:ss] in Europe/Paris");
            refused(page, table, edit(1, "checked", "tomorrow"), "yyyy-mm-ddThh:mm[:ss]");
            refused(page, table, edit(1, "checked", "2026-01-05T08:15:30+05:00"), "yyyy-mm-ddThh:mm[:ss]");
            refused(page, table, edit(1, "checked", true), "a moment in epoch milliseconds");
            refused(page, table, edit(1, "checked", 1.5), "a moment in epoch milliseconds");
            refused(page, table, edit(1, "checked", "x".repeat(100_000)), "yyyy-mm-ddThh:mm[:ss]");
            assertThat(table.getRefusals()).hasSize(9).allSatisfy(r -> assertThat(r)
                    .containsEntry("row", 1L).containsEntry("column", "checked")
                    .containsEntry("value", Instant.parse("2026-01-05T07:15:30Z").toEpochMilli()));
            assertThat(source.longs("checked")[1]).isEqualTo(Instant.parse("2026-01-05T07:15:30Z").toEpochMilli());
            assertThat(edits).hasSize(4);
        }
    }

    @Test
    void anEditableDateTimeColumn_needsTheFormatWhoseZoneItsEditorUses_andBoundsFitOnlyOrderedNumbersAndMoments() {
        Table table = Table.of(items());
        assertThatThrownBy(() -> table.column("checked", c -> c.editable(true).format(CellFormat.plain())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a dateTime format");
        assertThatThrownBy(() -> table.column("name", c -> c.bounds(0.0, 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need a number or DATETIME column");
        table.column("checked", c -> c.editable(true).format(CellFormat.dateTime(ZoneId.of("Asia/Tokyo"))));
        assertThat(table.getColumns().get(5).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    private static void refused(TestSession page, Table table, Map<String, Object> payload, String message) {
        assertThatThrownBy(() -> page.event(table, "edit", payload))
                .isInstanceOf(ClientInputException.class).hasMessageContaining("Edit refused").hasMessageContaining(message);
    }

    @Test
    void editsFromThePage_whileManyVirtualThreadsStream_loseNothing_andLandOnTheirRows() throws Exception {
        var source = new ColumnDataSource(Map.of("task", new long[0], "seq", new long[0], "note", new String[0]));
        Table table = Table.of(source).column("note", c -> c.editable(true)).selectionMode(SelectionMode.MULTIPLE);
        try (var page = TestSession.open(session -> table)) {
            int tasks = 40;
            int perTask = 25;
            var threads = new ArrayList<Thread>();
            for (int t = 0; t < tasks; t++) {
                long task = t;
                threads.add(Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < perTask; i++) {
                        var rows = new LinkedHashMap<String, Object>();
                        rows.put("task", new long[] {task});
                        rows.put("seq", new long[] {i});
                        rows.put("note", new String[] {""});
                        source.stream(rows);
                    }
                }));
            }
            // edit and select rows while the streams run: each names a row that exists by then
            int edited = 0;
            boolean selected = false;
            while (edited < 200 || threads.stream().anyMatch(Thread::isAlive)) {
                if (edited < source.length()) {
                    page.event(table, "edit", edit(edited, "note", "edited " + edited));
                    edited++;
                } else {
                    Thread.sleep(1);   // wait for more rows without spinning on the test's core
                }
                if (!selected && edited > 10) {
                    page.set(table, "selection", List.of(3, 7));
                    selected = true;
                }
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(source.length()).isEqualTo(tasks * perTask);
            long[] task = source.longs("task");
            long[] seq = source.longs("seq");
            var next = new int[tasks];
            for (int i = 0; i < task.length; i++) {
                assertThat(seq[i]).as("row %d continues task %d in order", i, task[i]).isEqualTo(next[(int) task[i]]++);
            }
            List<String> notes = source.strings("note");
            for (int i = 0; i < edited; i++) {
                assertThat(notes.get(i)).isEqualTo("edited " + i);
            }
            assertThat(table.getSelection()).containsExactly(3L, 7L);
            Waits.until(() -> {
                ClientData data = page.client().data(source.id());
                return data != null && data.length() == tasks * perTask;
            }, WAIT, () -> {
                ClientData data = page.client().data(source.id());
                return "the page to hold every row; it holds " + (data == null ? "none" : data.length() + " rows from "
                        + data.offset() + ", version " + data.version()) + " of " + source.length();
            });
            page.awaitQuiet(WAIT);
            ClientData client = page.client().data(source.id());
            assertThat(client.column("note")).isEqualTo(List.copyOf(notes));
            assertThat(client.doubles("seq")).containsExactly(java.util.Arrays.stream(seq).asDoubleStream().toArray());
        }
    }

    @Test
    void selection_survivesStreamsAndRollover_byOrdinal_andNamesOnlyRowsHeld() {
        var source = new ColumnDataSource(Map.of("n", new long[] {0, 1, 2, 3}));
        Table table = Table.of(source).selectionMode(SelectionMode.SINGLE);
        try (var page = TestSession.open(session -> table)) {
            page.set(table, "selection", List.of(2));
            source.stream(Map.of("n", new long[] {4, 5}), 4);   // rows 0 and 1 roll off
            source.patch("n", new int[] {0}, new long[] {20});  // index 0 is ordinal 2 now
            assertThat(table.getSelection()).containsExactly(2L);
            assertThat(source.row(2)).containsEntry("n", 20L);
            assertThatThrownBy(() -> page.set(table, "selection", List.of(6))).isInstanceOf(ClientInputException.class)
                    .hasMessageContaining("no row 6");
            page.set(table, "selection", List.of(0));   // rolled off while the page chose it: left out
            assertThat(table.getSelection()).isEmpty();
            page.set(table, "selection", List.of(2));
            assertThatThrownBy(() -> page.set(table, "selection", List.of(2, 3))).isInstanceOf(ClientInputException.class)
                    .hasMessageContaining("one row");
            assertThat(table.getSelection()).containsExactly(2L);
        }
    }

    @Test
    void theCsvDownload_holdsTheViewThePageShows_sortedAndFiltered_withFormulasDefused() throws Exception {
        Table table = Table.of(items()).column("price", c -> c.hidden(true));
        try (var page = TestSession.open(session -> table)) {
            page.event(table, "view", Map.of("sort", List.of(Map.of("column", "stock", "descending", true)),
                    "filters", List.of(Map.of("column", "organic", "type", "oneOf", "values", List.of(false))), "search", ""));
            List<ColumnSpec> shown = table.getColumns().stream().filter(s -> !s.hidden()).toList();
            String csv = new String(CsvExport.write(table.localData(), table.getView(), shown), StandardCharsets.UTF_8);
            assertThat(csv).isEqualTo("name,stock,organic,added,checked,shelf\r\n"
                    + "\"'=HYPERLINK(\"\"x\"\")\",5,false,2025-05-06,1746489600000,2\r\n"
                    + "Milk,0,false,2026-03-04,1772616600000,\r\n");
            assertThatThrownBy(() -> page.event(table, "view", Map.of("sort", List.of(Map.of("column", "price",
                    "descending", true))))).isInstanceOf(ClientInputException.class).hasMessageContaining("unknown column");
            assertThatThrownBy(() -> page.event(table, "query", Map.of())).isInstanceOf(ClientInputException.class)
                    .hasMessageContaining("local");
        }
    }
}
