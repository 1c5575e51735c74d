package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.panel4j.examples.TableExample;

/**
 * {@code /table} in headless Chromium, as a person uses it: the million-order table in remote mode
 * (sort by a title, filter under one, turn a page, select rows), the live log (streamed rows appear,
 * the selection stays), and the stock list (an edit accepted, one refused and put back; a restock time
 * edited in Paris time).
 */
class TableBrowserTest {

    private static ExamplesServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = ExamplesServer.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        browser.open(server.url("/table"));
        for (String table : List.of("order", "time", "product")) {
            browser.await("the " + table + " table to show rows", d -> ((Number) browser.js(
                    "return " + view(table) + ".rows().length")).intValue() > 0);
        }
    }

    /** The script expression of the Table view whose first column is {@code firstColumn}. */
    private static String view(String firstColumn) {
        return "[...window.panel4j.views.values()].find(v => v.type === 'Table' && v.all.columns[0].name === '"
                + firstColumn + "')";
    }

    private static WebElement tableEl(String firstColumn) {
        return (WebElement) browser.js("return " + view(firstColumn) + ".el");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> column(String table, String column) {
        return (List<Object>) browser.js("return " + view(table) + ".rows().map(r => r[arguments[0]])", column);
    }

    /** Waits until the table is not loading (a loading table lets clicks through to what is behind it). */
    private static void awaitIdle(String table) {
        browser.await("the " + table + " table to finish loading", d -> Boolean.FALSE.equals(
                browser.js("return " + view(table) + ".el.classList.contains('p4j-loading')")));
    }

    private static WebElement header(String table, String field) {
        awaitIdle(table);
        return tableEl(table).findElement(By.cssSelector(".tabulator-col[tabulator-field='" + field + "'] .tabulator-col-title"));
    }

    @Test
    void remoteTable_sortsByATitle_filtersUnderOne_turnsAPage_andSelectsRows() {
        assertThat(column("order", "order").getFirst()).isEqualTo(1L);
        assertThat(tableEl("order").findElement(By.className("p4j-table-count")).getText())
                .isEqualTo("1–100 of 1,000,000 rows");

        header("order", "order").click();   // ascending, then descending
        browser.await("ascending by order", d -> Long.valueOf(1).equals(column("order", "order").getFirst()));
        header("order", "order").click();
        browser.await("descending by order", d -> Long.valueOf(1_000_000).equals(column("order", "order").getFirst()));

        awaitIdle("order");
        WebElement city = tableEl("order").findElement(By.cssSelector(".tabulator-col[tabulator-field='city'] select"));
        new org.openqa.selenium.support.ui.Select(city).selectByVisibleText("Lisbon");
        browser.await("only Lisbon", d -> {
            List<Object> cities = column("order", "city");
            return !cities.isEmpty() && cities.stream().allMatch("Lisbon"::equals)
                    && ((Number) column("order", "order").getFirst()).longValue() < 1_000_000;
        });
        String count = tableEl("order").findElement(By.className("p4j-table-count")).getText();
        assertThat(count).startsWith("1–100 of ").doesNotContain("1,000,000");

        awaitIdle("order");
        tableEl("order").findElement(By.cssSelector(".tabulator-page[data-page='next']")).click();
        browser.await("the second page", d -> tableEl("order").findElement(By.className("p4j-table-count"))
                .getText().startsWith("101–200 of "));
        assertThat(column("order", "city")).allMatch("Lisbon"::equals);

        awaitIdle("order");
        List<WebElement> boxes = tableEl("order").findElements(By.cssSelector(".tabulator-row input[type=checkbox]"));
        boxes.get(0).click();
        boxes.get(2).click();
        List<Object> keys = browser.await("two rows selected on the server", d -> {
            @SuppressWarnings("unchecked")
            var selected = (List<Object>) browser.js("return " + view("order") + ".all.selection");
            return selected.size() == 2 ? selected : null;
        });
        assertThat(keys).hasSize(2);
        browser.assertNoPageErrors();
    }

    @Test
    @SuppressWarnings("unchecked")
    void liveLog_streamedRowsAppear_andTheSelectedEntryStaysSelected() {
        browser.await("a few log rows", d -> column("time", "time").size() >= 3);
        WebElement second = tableEl("time").findElements(By.className("tabulator-row")).get(1);
        Object key = browser.js("return " + view("time") + ".rows()[1]._k");
        second.click();
        browser.await("the entry in detail", d -> browser.driver().findElement(By.className("p4j-JSON"))
                .getText().contains("\"entry\": " + key));
        int before = column("time", "time").size();
        browser.await("more rows streamed", d -> column("time", "time").size() >= before + 3);
        assertThat((List<Object>) browser.js("return " + view("time") + ".table.getSelectedData().map(d => d._k)"))
                .containsExactly(key);
        assertThat((List<Object>) browser.js("return " + view("time") + ".all.selection")).containsExactly(key);
        browser.assertNoPageErrors();
    }

    @Test
    void stock_sortsAndFiltersInThePage_anEditIsAccepted_aRefusedOneIsPutBack_andTheCsvHoldsTheView() throws Exception {
        header("product", "product").click();
        browser.await("sorted by product", d -> "Dark chocolate".equals(column("product", "product").getFirst()));
        new Actions(browser.driver()).keyDown(Keys.SHIFT).click(header("product", "stock")).keyUp(Keys.SHIFT).perform();
        browser.await("two sort levels", d -> ((Number) browser.js("return " + view("product")
                + ".table.getSorters().length")).intValue() == 2);

        WebElement filter = tableEl("product").findElement(By.cssSelector(".tabulator-col[tabulator-field='product'] input"));
        filter.sendKeys("o");   // all but Green tea
        browser.await("filtered", d -> column("product", "product").stream().allMatch(p -> p.toString().toLowerCase().contains("o"))
                && column("product", "product").size() < 6);
        filter.clear();
        filter.sendKeys(Keys.BACK_SPACE);
        browser.await("unfiltered", d -> column("product", "product").size() == 6);

        editStock("Honey", "30");
        browser.await("the edit accepted and shown", d -> Long.valueOf(30).equals(stockOf("Honey")));
        assertThat(browser.driver().findElements(By.className("p4j-toast"))).isEmpty();

        editStock("Honey", "900");
        browser.await("the refused edit put back", d -> Long.valueOf(30).equals(stockOf("Honey"))
                && browser.driver().findElements(By.className("p4j-toast")).stream()
                        .anyMatch(t -> t.getText().contains("Edit refused") && t.getText().contains("at most 500")));
        browser.clearPageErrors();   // the refusal is logged as the error it is

        Path folder = Files.createTempDirectory("table-csv");
        browser.downloadTo(folder);
        tableEl("product").findElement(By.xpath(".//button[normalize-space()='CSV']")).click();
        Path csv = folder.resolve("table.csv");
        browser.await("the CSV download", d -> Files.exists(csv) && csv.toFile().length() > 0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("Product,Shelf,Stock,Price,Organic,Restocked (Paris)");
        assertThat(lines.get(1)).isEqualTo("Dark chocolate,B2,64,3.2,true," + paris(2026, 1, 12, 10, 30));   // sorted as the page shows
        assertThat(lines).contains("Honey,C2,30,7.5,false," + paris(2026, 3, 28, 18, 0)).hasSize(7);
    }

    @Test
    void stock_aRestockTimeIsEditedInParisTime_whateverTheBrowsersZone_andAnOutOfRangeOneIsPutBack() {
        browser.timeZone("America/New_York");   // neither UTC nor Paris: nothing may lean on the browser's zone
        try {
            assertThat(restockedCell("Honey").getText()).isEqualTo("2026-03-28 18:00:00");

            WebElement input = openDateTimeEditor("Honey");
            assertThat(input.getAttribute("value")).startsWith("2026-03-28T18:00");   // read in Paris time
            browser.js("arguments[0].value = arguments[1]", input, "2026-07-14T09:30:00");
            input.sendKeys(Keys.ENTER);
            browser.await("the summer time stored as 07:30 UTC and shown as 09:30 in Paris", d ->
                    Long.valueOf(paris(2026, 7, 14, 9, 30)).equals(restockedOf("Honey"))
                            && "2026-07-14 09:30:00".equals(restockedCell("Honey").getText()));
            assertThat(paris(2026, 7, 14, 9, 30)).isEqualTo(java.time.Instant.parse("2026-07-14T07:30:00Z").toEpochMilli());
            assertThat(browser.driver().findElements(By.className("p4j-toast"))).isEmpty();

            input = openDateTimeEditor("Honey");
            assertThat(input.getAttribute("value")).startsWith("2026-07-14T09:30");
            browser.js("arguments[0].value = arguments[1]", input, "2023-06-01T12:00:00");
            input.sendKeys(Keys.ENTER);
            browser.await("the refused time put back", d -> Long.valueOf(paris(2026, 7, 14, 9, 30)).equals(restockedOf("Honey"))
                    && "2026-07-14 09:30:00".equals(restockedCell("Honey").getText())
                    && browser.driver().findElements(By.className("p4j-toast")).stream().anyMatch(t -> t.getText()
                            .contains("Edit refused: Restocked (Paris): must be 2024-01-01 00:00:00 or later (Europe/Paris)")));
            browser.clearPageErrors();   // the refusal is logged as the error it is
        } finally {
            browser.timeZone("");
        }
    }

    private static long paris(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(TableExample.STOCK_ZONE).toInstant().toEpochMilli();
    }

    private static Object restockedOf(String product) {
        return browser.js("return " + view("product") + ".rows().find(r => r.product === arguments[0]).restocked", product);
    }

    private static WebElement restockedCell(String product) {
        Object key = browser.js("return " + view("product") + ".rows().find(r => r.product === arguments[0])._k", product);
        return (WebElement) browser.js("return " + view("product") + ".table.getRow(arguments[0]).getCell('restocked').getElement()", key);
    }

    /** Clicks the product's restock cell until its editor is open (an update may draw the row anew meanwhile). */
    private static WebElement openDateTimeEditor(String product) {
        return browser.await("the date-time editor of " + product, d -> {
            List<WebElement> open = tableEl("product").findElements(By.cssSelector("input[type=datetime-local]"));
            if (!open.isEmpty()) {
                return open.getFirst();
            }
            try {
                restockedCell(product).click();
            } catch (StaleElementReferenceException e) {
                // drawn anew between finding and clicking: the next poll clicks the new cell
            }
            return null;
        });
    }

    private static Object stockOf(String product) {
        return browser.js("return " + view("product") + ".rows().find(r => r.product === arguments[0]).stock", product);
    }

    private static void editStock(String product, String value) {
        Object key = browser.js("return " + view("product") + ".rows().find(r => r.product === arguments[0])._k", product);
        WebElement cell = (WebElement) browser.js("return " + view("product")
                + ".table.getRow(arguments[0]).getCell('stock').getElement()", key);
        cell.click();
        WebElement input = browser.await("the editor", d -> cell.findElements(By.tagName("input")).stream().findFirst().orElse(null));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
    }
}
