package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.panel4j.examples.table.TripsDataset;
import org.panel4j.table.ColumnFilter;
import org.panel4j.table.ColumnarTableData;
import org.panel4j.table.RowPage;
import org.panel4j.table.RowQuery;
import org.panel4j.table.SortKey;

/**
 * {@code /table}'s ten million trips in memory, in headless Chromium, as a person uses them: build them
 * with the button, read the row count, sort by a title both ways, type a bound in a header filter, go
 * to the last page. The server runs in this JVM and shows this test's {@link TripsDataset}, so each page
 * the browser shows is checked against what the data itself answers, and each "first row is the least"
 * claim against a filter asking for anything smaller (a separate path through the data from its sort).
 *
 * <p>Cost (docs/table.md, "Testing"): the columns take about 345 MiB of this JVM's heap, plus the data's
 * result cache (at most 256 MiB); building them takes seconds on an idle machine, more under load, hence
 * the long first deadline.
 */
class TenMillionTripsBrowserTest {

    private static final Duration BUILD = Duration.ofMinutes(5);
    private static final Duration QUERY = Duration.ofMinutes(1);
    private static final int PAGE = 100;
    private static final int ID = 0;
    private static final int DISTANCE = 3;
    private static final int FARE = 4;

    private static TripsDataset trips;
    private static ExamplesServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        trips = new TripsDataset(TripsDataset.ROWS);
        server = ExamplesServer.start(trips);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (trips != null) {
            trips.close();
        }
    }

    @Test
    void tenMillionRows_countSortFilterAndTheLastPage_matchTheData() throws Exception {
        browser.open(server.url("/table"));
        browser.button("10 million trips in memory").click();
        browser.await("the ten million trips built and their first page shown", BUILD,
                d -> browser.js("return " + VIEW + "?.rows().length") instanceof Number n && n.intValue() == PAGE);
        ColumnarTableData data = trips.inMemory();   // the instance the page shows, built by the click
        assertThat(data.rowCount()).isEqualTo(TripsDataset.ROWS);
        assertThat(count()).isEqualTo("1–100 of 10,000,000 rows");
        assertShown(query(List.of(), List.of(), 0));

        header("fare").click();
        List<SortKey> ascending = List.of(SortKey.ascending("fare"));
        RowPage cheapest = awaitShown("ascending by fare", query(ascending, List.of(), 0));
        assertThat(fares()).isSorted();
        double least = fareOf(cheapest, 0);
        assertThat(data.query(new RowQuery(List.of(), List.of(new ColumnFilter.Between("fare", null,
                Math.nextDown(least))), "", 0, 1)).matching()).as("trips cheaper than the first row").isZero();

        header("fare").click();
        List<SortKey> descending = List.of(SortKey.descending("fare"));
        RowPage dearest = awaitShown("descending by fare", query(descending, List.of(), 0));
        assertThat(fares()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        double greatest = fareOf(dearest, 0);
        assertThat(data.query(new RowQuery(List.of(), List.of(new ColumnFilter.Between("fare", Math.nextUp(greatest),
                null)), "", 0, 1)).matching()).as("trips dearer than the first row").isZero();
        assertThat(count()).isEqualTo("1–100 of 10,000,000 rows");

        lastPage();
        long lastOffset = TripsDataset.ROWS - PAGE;
        RowPage last = awaitShown("the last page of all trips", query(descending, List.of(), lastOffset));
        assertThat(count()).isEqualTo("9,999,901–10,000,000 of 10,000,000 rows");
        assertThat(fareOf(last, PAGE - 1)).as("the last trip is the cheapest").isEqualTo(least);

        awaitIdle();
        WebElement min = tableEl().findElement(By.cssSelector(".tabulator-col[tabulator-field='distance'] input[placeholder='Min']"));
        min.sendKeys("15", Keys.ENTER);
        List<ColumnFilter> longTrips = List.of(new ColumnFilter.Between("distance", 15.0, null));
        RowPage longest = awaitShown("only trips of 15 km or more", query(descending, longTrips, 0));
        long matching = longest.matching();
        assertThat(matching).isPositive().isLessThan(TripsDataset.ROWS);
        assertThat(count()).isEqualTo("1–100 of " + grouped(matching) + " rows");
        assertThat(column("distance")).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(15.0));
        assertThat(fares()).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        lastPage();
        long filteredLast = (matching - 1) / PAGE * PAGE;
        awaitShown("the last page of the long trips", query(descending, longTrips, filteredLast));
        assertThat(count()).isEqualTo(grouped(filteredLast + 1) + "–" + grouped(matching) + " of " + grouped(matching) + " rows");
        assertThat(column("distance")).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(15.0));
        browser.assertNoPageErrors();
    }

    /** The script expression of the trips table's view (its first column is {@code id}). */
    private static final String VIEW =
            "[...window.panel4j.views.values()].find(v => v.type === 'Table' && v.all.columns[0].name === 'id')";

    private static RowPage query(List<SortKey> sort, List<ColumnFilter> filters, long offset) throws InterruptedException {
        return trips.inMemory().query(new RowQuery(sort, filters, "", offset, PAGE));
    }

    /** Waits until the page shows exactly {@code expected}'s rows (by trip id and fare), and returns it. */
    private static RowPage awaitShown(String what, RowPage expected) {
        browser.await(what, QUERY, d -> ids().equals(idsOf(expected)));
        assertShown(expected);
        return expected;
    }

    private static void assertShown(RowPage expected) {
        assertThat(ids()).isEqualTo(idsOf(expected));
        assertThat(fares()).isEqualTo(expected.rows().stream().map(r -> ((Number) r.get(FARE)).doubleValue()).toList());
        assertThat(column("distance")).isEqualTo(expected.rows().stream().map(r -> ((Number) r.get(DISTANCE)).doubleValue()).toList());
    }

    private static List<Long> idsOf(RowPage page) {
        return page.rows().stream().map(r -> ((Number) r.get(ID)).longValue()).toList();
    }

    private static double fareOf(RowPage page, int row) {
        return ((Number) page.rows().get(row).get(FARE)).doubleValue();
    }

    private static List<Long> ids() {
        return column("id").stream().map(Double::longValue).toList();
    }

    private static List<Double> fares() {
        return column("fare");
    }

    private static List<Double> column(String name) {
        var values = (List<?>) browser.js("return " + VIEW + ".rows().map(r => r[arguments[0]])", name);
        return values.stream().map(v -> ((Number) Objects.requireNonNull(v)).doubleValue()).toList();
    }

    private static String count() {
        return tableEl().findElement(By.className("p4j-table-count")).getText();
    }

    private static String grouped(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static WebElement tableEl() {
        return (WebElement) browser.js("return " + VIEW + ".el");
    }

    /** Waits until the table is not loading (a loading table lets clicks through to what is behind it). */
    private static void awaitIdle() {
        browser.await("the trips table to finish loading", QUERY, d -> Boolean.FALSE.equals(
                browser.js("return " + VIEW + ".el.classList.contains('p4j-loading')")));
    }

    private static WebElement header(String field) {
        awaitIdle();
        return tableEl().findElement(By.cssSelector(".tabulator-col[tabulator-field='" + field + "'] .tabulator-col-title"));
    }

    private static void lastPage() {
        awaitIdle();
        tableEl().findElement(By.cssSelector(".tabulator-page[data-page='last']")).click();
    }
}
