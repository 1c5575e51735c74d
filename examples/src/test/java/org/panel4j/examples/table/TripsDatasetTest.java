package org.panel4j.examples.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.table.ColumnFilter;
import org.panel4j.table.ColumnKind;
import org.panel4j.table.RowPage;
import org.panel4j.table.RowQuery;
import org.panel4j.table.SortKey;
import org.panel4j.table.TableColumn;

/** The trips are the same rows in memory and in DuckDB, built once each. */
class TripsDatasetTest {

    private static TripsDataset trips;

    @BeforeAll
    static void make() {
        trips = new TripsDataset(20_000);
    }

    @AfterAll
    static void close() throws Exception {
        trips.close();
    }

    @Test
    void bothHoldTheSameColumnsAndRows() throws Exception {
        assertThat(trips.inMemory().columns()).isEqualTo(trips.duckDb().columns());
        assertThat(trips.inMemory().columns()).containsExactly(
                new TableColumn("id", ColumnKind.INTEGER), new TableColumn("pickup", ColumnKind.DATETIME),
                new TableColumn("borough", ColumnKind.TEXT), new TableColumn("distance", ColumnKind.DECIMAL),
                new TableColumn("fare", ColumnKind.DECIMAL), new TableColumn("passengers", ColumnKind.INTEGER),
                new TableColumn("card", ColumnKind.BOOLEAN));
        List<RowQuery> queries = List.of(
                new RowQuery(List.of(), List.of(), "", 0, 10_000),
                new RowQuery(List.of(), List.of(), "", 10_000, 10_000),
                new RowQuery(List.of(SortKey.descending("fare"), SortKey.ascending("pickup")), List.of(), "", 0, 500),
                new RowQuery(List.of(SortKey.ascending("borough")),
                        List.of(new ColumnFilter.OneOf("passengers", Set.of(5L, 6L)),
                                new ColumnFilter.Between("distance", 2.0, 9.5),
                                new ColumnFilter.OneOf("card", Set.of(false))),
                        "is", 3, 200));
        for (RowQuery query : queries) {
            RowPage memory = trips.inMemory().query(query);
            assertThat(memory.rows()).isNotEmpty();
            assertThat(trips.duckDb().query(query)).as("%s", query).isEqualTo(memory);
        }
    }

    @Test
    void eachIsBuiltOnce() {
        assertThat(trips.inMemory()).isSameAs(trips.inMemory());
        assertThat(trips.duckDb()).isSameAs(trips.duckDb());
    }

    @Test
    void theValuesLookLikeTrips() throws Exception {
        RowPage page = trips.inMemory().query(new RowQuery(List.of(), List.of(), "", 0, 10_000));
        assertThat(page.rows()).allSatisfy(row -> {
            assertThat((Double) row.get(3)).isBetween(0.3, 19.0);
            assertThat((Long) row.get(5)).isBetween(1L, 6L);
        });
        assertThat(page.rows().stream().map(row -> row.get(2)).distinct()).hasSizeGreaterThan(4);
    }
}
