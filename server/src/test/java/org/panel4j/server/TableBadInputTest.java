package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.table.ColumnKind;
import org.panel4j.table.HeaderFilter;
import org.panel4j.table.ListTableData;
import org.panel4j.table.Table;
import org.panel4j.table.TableColumn;
import org.panel4j.table.TableData;

/**
 * Bad table input through the real socket (docs/security.md, "Bad-input matrix"): edits of unknown
 * rows and columns, values of the wrong type, out-of-range page numbers, filters a column does not
 * allow, oversized requests. Each gets an {@code error} naming the problem, changes nothing, and
 * neither the sending session nor another one showing the same shared data is disturbed.
 */
class TableBadInputTest {

    private static final int ROWS = 5_000;
    private static final List<TableColumn> COLUMNS = List.of(new TableColumn("id", ColumnKind.INTEGER),
            new TableColumn("city", ColumnKind.TEXT), new TableColumn("people", ColumnKind.INTEGER));
    private static final String[] CITIES = {"Lima", "Oslo", "Pune", "Riga"};

    /** A stock item of each session's local, editable table. */
    public record Item(String name, long stock, Instant checked) {}

    private final List<Tables> sessions = new CopyOnWriteArrayList<>();
    private PanelServer server;

    private record Tables(Table local, Table remote) {}

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void badTableInput_getsAClearError_changesNothing_andLeavesThisAndOtherSessionsGoingOn() throws Exception {
        TableData shared = ListTableData.generated(COLUMNS, ROWS, (row, column) -> switch (column) {
            case 0 -> (long) row;
            case 1 -> CITIES[row % CITIES.length];
            default -> (long) (row * 7 % 1000);
        });
        server = PanelServer.create(c -> c.port(0).app("/tables", session -> {
            Table local = Table.of(List.of(new Item("Tea", 10, Instant.parse("2026-01-02T12:00:00Z")),
                            new Item("Milk", 0, Instant.parse("2026-03-04T09:30:00Z"))))
                    .column("stock", s -> s.editable(true).bounds(0.0, 100.0))
                    .column("checked", s -> s.editable(true));
            Table remote = Table.of(shared).column("id", s -> s.headerFilter(HeaderFilter.NONE))
                    .column("city", s -> s.filterOptions(List.of(CITIES)));
            sessions.add(new Tables(local, remote));
            return new Row(local, remote);
        })).start();
        WsClient a = WsClient.connect(server.port(), WsClient.page(server.port(), "/tables"));
        List<String> aIds = WsClient.ids(a.awaitType("init").get("root"), "Table");
        WsClient b = WsClient.connect(server.port(), WsClient.page(server.port(), "/tables"));
        List<String> bIds = WsClient.ids(b.awaitType("init").get("root"), "Table");
        Tables aTables = sessions.get(0);
        Tables bTables = sessions.get(1);
        String aLocal = aIds.get(0);
        String aRemote = aIds.get(1);
        awaitPage(a, aRemote, query(1, 0, 10), 1);
        awaitPage(b, bIds.get(1), query(1, 0, 10), 1);
        Map<String, Object> aPage = aTables.remote().getPage();

        // page requests: out-of-range pages, filters the column does not allow, oversized parts
        refused(a, aRemote, "query", query(2, 10_000_000_000_000L, 10), "invalid_value",
                "offset must be a whole number from 0 to 1000000000000");
        refused(a, aRemote, "query", query(3, 2.5, 10), "invalid_value", "offset must be a whole number");
        refused(a, aRemote, "query", query(4, "10", 10), "invalid_value", "offset must be a whole number");
        refused(a, aRemote, "query", query(5, 0, 0), "invalid_value", "limit must be a whole number from 1 to 1000");
        refused(a, aRemote, "query", query(6, 0, 1_001), "invalid_value", "limit must be a whole number from 1 to 1000");
        refused(a, aRemote, "query", with(query(7, 0, 10), Map.of("filters", List.of(Map.of("column", "id",
                "type", "between", "min", 1)))), "not_allowed", "column 'id' has no between filter");
        refused(a, aRemote, "query", with(query(8, 0, 10), Map.of("filters", List.of(Map.of("column", "city",
                "type", "contains", "text", "Li")))), "not_allowed", "column 'city' has no contains filter");
        refused(a, aRemote, "query", with(query(8, 0, 10), Map.of("filters", List.of(Map.of("column", "people",
                "type", "between", "min", "ten")))), "invalid_value", "the filter of 'people' needs a whole number");
        refused(a, aRemote, "query", with(query(9, 0, 10), Map.of("filters", List.of(Map.of("column", "city",
                "type", "oneOf", "values", Collections.nCopies(1_001, "Lima"))))), "invalid_value", "at most 1000 entries");
        refused(a, aRemote, "query", with(query(10, 0, 10), Map.of("filters", Collections.nCopies(4,
                Map.of("column", "city", "type", "contains", "text", "a")))), "invalid_value", "filters has at most 3 entries");
        refused(a, aRemote, "query", with(query(11, 0, 10), Map.of("sort", "city")), "invalid_value", "sort must be a list");
        refused(a, aRemote, "query", with(query(12, 0, 10), Map.of("search", "x".repeat(1_001))), "invalid_value",
                "search must be text of at most 1000 characters");
        refused(a, aRemote, "query", query(-1, 0, 10), "invalid_value", "request must be a whole number");
        refused(a, aRemote, "edit", Map.of("row", 1, "column", "city", "value", "Oslo"), "not_allowed", "is remote");

        // edits: unknown rows and columns, values of the wrong type or out of bounds
        refused(a, aLocal, "edit", edit(999, "stock", 5), "invalid_value", "row 999 no longer exists");
        refused(a, aLocal, "edit", edit(-1, "stock", 5), "invalid_value", "row must be a whole number");
        refused(a, aLocal, "edit", edit("first", "stock", 5), "invalid_value", "row must be a whole number");
        refused(a, aLocal, "edit", edit(0, "nosuch", 5), "invalid_value", "unknown column");
        refused(a, aLocal, "edit", edit(0, "name", "Coffee"), "not_allowed", "column 'name' cannot be edited");
        refused(a, aLocal, "edit", edit(0, "stock", "seven"), "invalid_value", "Edit refused: stock: column 'stock' needs a whole number");
        refused(a, aLocal, "edit", edit(0, "stock", 101), "invalid_value", "Edit refused: stock: must be at least 0.0 and at most 100.0");
        refused(a, aLocal, "edit", edit(0, "checked", true), "invalid_value", "Edit refused: checked: column 'checked' needs a moment");
        refused(a, aLocal, "edit", edit(0, "checked", "2026-02-30T10:00"), "invalid_value", "yyyy-mm-ddThh:mm[:ss] in UTC");
        refused(a, aLocal, "query", query(13, 0, 10), "not_allowed", "is local");

        // nothing changed: the data, the page shown, and nothing left loading
        assertThat(aTables.local().getSource().longs("stock")).containsExactly(10, 0);
        assertThat(aTables.local().getSource().longs("checked")).containsExactly(
                Instant.parse("2026-01-02T12:00:00Z").toEpochMilli(), Instant.parse("2026-03-04T09:30:00Z").toEpochMilli());
        assertThat(aTables.local().getLastEdit()).isNull();
        assertThat(aTables.remote().getPage()).isSameAs(aPage);
        assertThat(aTables.remote().isLoading()).isFalse();

        // a page past the last row is answered as such; then this session goes on
        JsonNode past = awaitPage(a, aRemote, query(14, ROWS, 10), 14);
        assertThat(past.path("error").asText()).isEqualTo("There is no row 5001: 5000 rows match.");
        JsonNode next = awaitPage(a, aRemote, with(query(15, 4_990, 10), Map.of("sort",
                List.of(Map.of("column", "people", "descending", true)))), 15);
        assertThat(next.path("rows")).hasSize(10);
        send(a, aLocal, "edit", edit(1, "stock", 7));
        a.awaitSet(aLocal, "lastEdit", v -> v.path("row").asLong() == 1);
        assertThat(aTables.local().getSource().longs("stock")).containsExactly(10, 7);

        // the other session, on the same shared data, saw none of it
        assertThat(bTables.local().getSource().longs("stock")).containsExactly(10, 0);
        assertThat(bTables.remote().getPage().get("request")).isEqualTo(1L);
        JsonNode other = awaitPage(b, bIds.get(1), with(query(2, 0, 3), Map.of("filters", List.of(Map.of("column", "city",
                "type", "oneOf", "values", List.of("Riga"))))), 2);
        assertThat(other.path("matching").asLong()).isEqualTo(ROWS / CITIES.length);
        assertThat(other.path("rows").get(0).get(1).asText()).isEqualTo("Riga");
    }

    private static Map<String, Object> query(Object request, Object offset, Object limit) {
        var payload = new HashMap<String, Object>();
        payload.put("request", request);
        payload.put("offset", offset);
        payload.put("limit", limit);
        payload.put("sort", List.of());
        payload.put("filters", List.of());
        payload.put("search", "");
        return payload;
    }

    private static Map<String, Object> with(Map<String, Object> payload, Map<String, Object> changes) {
        var changed = new HashMap<>(payload);
        changed.putAll(changes);
        return changed;
    }

    private static Map<String, Object> edit(Object row, String column, Object value) {
        return Map.of("row", row, "column", column, "value", value);
    }

    /** Sends the event with the client's next {@code seq}, which an {@code error} answering it names. */
    private static long send(WsClient client, String id, String event, Map<String, Object> payload) throws Exception {
        long number = ++client.seq;
        client.send(Map.of("type", "event", "id", id, "event", event, "payload", payload, "seq", number));
        return number;
    }

    /** Sends the event and waits for the {@code error} answering it, with {@code code} and {@code message} in it. */
    private static void refused(WsClient client, String id, String event, Map<String, Object> payload, String code,
                         String message) throws Exception {
        long number = send(client, id, event, payload);
        JsonNode error = client.await(m -> "error".equals(m.path("type").asText()) && m.path("ref").asLong() == number);
        assertThat(error.path("code").asText()).as(message).isEqualTo(code);
        assertThat(error.path("message").asText()).contains(message);
    }

    /** Sends a page request and waits for the page answering it. */
    private static JsonNode awaitPage(WsClient client, String id, Map<String, Object> query, long request) throws Exception {
        send(client, id, "query", query);
        return client.awaitSet(id, "page", v -> v.path("request").asLong() == request).get("value");
    }
}
