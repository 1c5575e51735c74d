package org.panel4j.examples;

import static org.panel4j.Panel.async;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.panel4j.App;
import org.panel4j.examples.table.TripsDataset;
import org.panel4j.indicator.ColorThreshold;
import org.panel4j.layout.Card;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.pane.JSON;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.table.CellFormat;
import org.panel4j.table.ColumnKind;
import org.panel4j.table.HeaderFilter;
import org.panel4j.table.ListTableData;
import org.panel4j.table.SelectionMode;
import org.panel4j.table.Table;
import org.panel4j.table.TableColumn;
import org.panel4j.table.TableData;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.Switch;

/**
 * The table example: a million orders in remote mode (the page holds one page; sort, filters and search
 * run on the server), a live log fed by an async periodic callback with the selected entry in detail,
 * and a small stock list whose cells can be edited (checked on the server) and restocked by a button.
 */
public final class TableExample {

    /** The rows the live log keeps (the oldest roll off). */
    public static final int LOG_ROLLOVER = 500;

    private static final String[] CITIES = {"Amsterdam", "Berlin", "Bogotá", "Cairo", "Chicago", "Delhi", "Lagos",
        "Lima", "Lisbon", "London", "Madrid", "Montréal", "Mumbai", "Nairobi", "Osaka", "Paris", "Seoul", "Sydney",
        "Toronto", "Warsaw"};
    private static final String[] PRODUCTS = {"Espresso beans", "Green tea", "Oat milk", "Dark chocolate", "Croissant",
        "Sourdough", "Olive oil", "Honey", "Granola", "Matcha", "Cold brew", "Chai"};
    private static final String[] NAMES = {"Ada", "Bo", "Chen", "Dara", "Elif", "Femi", "Gus", "Hana", "Ivo", "Jun",
        "Kai", "Lena", "Mo", "Nia", "Omar", "Pia", "Quin", "Rui", "Sade", "Tom"};
    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"};
    private static final String[] SERVICES = {"checkout", "search", "auth", "billing", "catalog"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final List<TableColumn> ORDER_COLUMNS = List.of(
            new TableColumn("order", ColumnKind.INTEGER), new TableColumn("customer", ColumnKind.TEXT),
            new TableColumn("city", ColumnKind.TEXT), new TableColumn("product", ColumnKind.TEXT),
            new TableColumn("quantity", ColumnKind.INTEGER), new TableColumn("price", ColumnKind.DECIMAL),
            new TableColumn("paid", ColumnKind.BOOLEAN), new TableColumn("ordered", ColumnKind.DATE));

    private TableExample() {}

    /** The zone the stock list's restock times are read, shown and edited in. */
    public static final ZoneId STOCK_ZONE = ZoneId.of("Europe/Paris");

    /** A stock item of the editable table; {@code restocked} is a time in {@link #STOCK_ZONE}. */
    public record Item(String product, String shelf, long stock, double price, boolean organic, LocalDateTime restocked) {}

    /**
     * The big table's rows: a million made-up orders, their cells computed when asked. Make it once per
     * server and hand it to every session's table.
     */
    public static TableData orders() {
        return ListTableData.generated(ORDER_COLUMNS, 1_000_000, TableExample::orderCell);
    }

    private static Object orderCell(int row, int column) {
        long h = mix(row);
        return switch (column) {
            case 0 -> (long) row + 1;
            case 1 -> NAMES[(int) (h & 0xffff) % NAMES.length] + " " + (char) ('A' + (int) ((h >>> 16) % 26)) + ".";
            case 2 -> CITIES[(int) ((h >>> 24) % CITIES.length)];
            case 3 -> PRODUCTS[(int) ((h >>> 32) % PRODUCTS.length)];
            case 4 -> 1 + (h >>> 40) % 40;
            case 5 -> Math.round(((h >>> 20) % 20_000) / 7.0) / 100.0 + 1;
            case 6 -> ((h >>> 50) & 3) != 0;
            default -> FIRST_DAY.plusDays((h >>> 8) % 1000);
        };
    }

    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /** The app: orders, ten million trips, a live log every second, and the stock list. */
    public static App app() {
        return app(new TripsDataset());
    }

    /** The app showing {@code trips} (built on a user's first request, then shared by every session). */
    public static App app(TripsDataset trips) {
        return app(Duration.ofSeconds(1), RandomGenerator.getDefault(), trips);
    }

    /**
     * The app with the log's {@code period} and random numbers; {@code trips} (built on a user's first
     * request, then shared by every session) is the ten-million-row section's data.
     */
    public static App app(Duration period, RandomGenerator random, TripsDataset trips) {
        TableData orders = orders();
        return session -> {
            Table ordersTable = ordersTable(orders);
            var log = new ColumnDataSource(logRows(3, random));
            Table logTable = Table.of(log, Map.of("time", ColumnKind.DATETIME))
                    .selectionMode(SelectionMode.SINGLE)
                    .column("time", c -> c.title("Time (UTC)").width(180))
                    .column("level", c -> c.title("Level").width(100).filterOptions(List.of("DEBUG", "INFO", "WARN", "ERROR")))
                    .column("service", c -> c.title("Service").width(120))
                    .column("message", c -> c.title("Message"))
                    .column("latency", c -> c.title("Latency (ms)").width(130).format(CellFormat.colors(
                            ColorThreshold.of(120, "#d1f2d9"), ColorThreshold.of(400, "#fff1c2"),
                            ColorThreshold.of(100_000, "#f8c9cd"))));
            logTable.setFollowNewest(true);
            logTable.setHeight(380);
            var follow = new Switch("Follow newest");
            follow.setValue(true);
            follow.valueProperty().watch(change -> logTable.setFollowNewest(change.newValue()));
            var detail = new JSON(Map.of("selected", "nothing yet: click a log entry"));
            logTable.selectionProperty().watch(change -> detail.setObject(selected(log, change.newValue())));
            PeriodicCallback feed = session.addPeriodicCallback(async(tick -> {
                log.stream(logRows(1 + random.nextInt(3), random), LOG_ROLLOVER);
            }), period);
            var live = new Switch("Live");
            live.setValue(true);
            live.valueProperty().watch(change -> {
                if (change.newValue()) {
                    feed.start();
                } else {
                    feed.stop();
                }
            });
            Table stock = stockTable();
            return new Column(
                    "## Orders\nA million orders, sorted, filtered and paged on the server: the page holds one page. "
                            + "Click a title to sort (shift-click adds a level), filter under the titles, search above.",
                    ordersTable,
                    "## Ten million trips\nThe same ten million taxi trips held in the JVM's memory "
                            + "(`ColumnarTableData`) or in an embedded DuckDB database (`SqlTableData`: sort, filters "
                            + "and paging become parameterized SQL). The first request builds the data once for "
                            + "every session: about ten seconds in memory, half a minute in DuckDB.",
                    tripsSection(trips),
                    "## Live log\nA periodic async callback streams entries; only the new rows cross the wire. "
                            + "Select an entry to see it in detail; the selection stays while entries stream in.",
                    new Row(live, follow),
                    new Row(logTable, new Card("Selected entry", detail)),
                    "## Stock\nClick a cell to edit it: the server checks each edit (stock 0 to 500, "
                            + "price 0.5 to 100, a shelf from the list, a restock time from 2024 to 2027 in Paris time) and puts "
                            + "refused values back.",
                    stock);
        };
    }

    /** Two buttons, one per store; the table of the chosen one appears below them once its data is built. */
    static Column tripsSection(TripsDataset trips) {
        var status = new StaticText("Choose where the trips live.");
        var shown = new Column();
        var inMemory = new Button("10 million trips in memory");
        var duckDb = new Button("10 million trips in DuckDB");
        inMemory.onClick(async(event -> showTrips(shown, status, "in memory", trips::inMemory)));
        duckDb.onClick(async(event -> showTrips(shown, status, "in DuckDB", trips::duckDb)));
        return new Column(new Row(inMemory, duckDb, status), shown);
    }

    private static void showTrips(Column shown, StaticText status, String where, Supplier<TableData> data) {
        status.setValue("Building the trips " + where + "…");
        Table table = tripsTable(data.get());
        shown.setChildren(table);
        status.setValue("Showing the trips " + where + ".");
    }

    static Table tripsTable(TableData trips) {
        return Table.of(trips)
                .selectionMode(SelectionMode.SINGLE)
                .column("id", c -> c.title("Trip").width(110).frozen(true).format(CellFormat.number(0))
                        .headerFilter(HeaderFilter.NONE))
                .column("pickup", c -> c.title("Pickup (UTC)").width(200))
                .column("borough", c -> c.title("Borough").width(150).filterOptions(List.of(
                        "Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island", "EWR", "Unknown")))
                .column("distance", c -> c.title("Distance (km)").width(140).format(CellFormat.number(2)))
                .column("fare", c -> c.title("Fare").width(120).format(CellFormat.number(2)))
                .column("passengers", c -> c.title("Passengers").width(130))
                .column("card", c -> c.title("Card").width(90));
    }

    static Table ordersTable(TableData orders) {
        return Table.of(orders)
                .selectionMode(SelectionMode.CHECKBOX)
                .column("order", c -> c.title("Order").width(100).frozen(true).format(CellFormat.number(0)).headerFilter(
                        HeaderFilter.NONE))
                .column("customer", c -> c.title("Customer").width(150))
                .column("city", c -> c.title("City").width(140).filterOptions(List.of(CITIES)))
                .column("product", c -> c.title("Product").width(160))
                .column("quantity", c -> c.title("Qty").width(110).format(CellFormat.progress(40)))
                .column("price", c -> c.title("Price").width(130))
                .column("paid", c -> c.title("Paid").width(90))
                .column("ordered", c -> c.title("Ordered").width(230));
    }

    static Table stockTable() {
        var items = List.of(
                new Item("Espresso beans", "A1", 42, 12.5, true, LocalDateTime.of(2026, 3, 2, 8, 15)),
                new Item("Green tea", "A2", 120, 6.0, true, LocalDateTime.of(2026, 2, 20, 14, 0)),
                new Item("Oat milk", "B1", 8, 2.4, false, LocalDateTime.of(2026, 3, 27, 7, 45)),
                new Item("Dark chocolate", "B2", 64, 3.2, true, LocalDateTime.of(2026, 1, 12, 10, 30)),
                new Item("Olive oil", "C1", 15, 9.9, true, LocalDateTime.of(2025, 12, 1, 16, 20)),
                new Item("Honey", "C2", 0, 7.5, false, LocalDateTime.of(2026, 3, 28, 18, 0)));
        Table stock = Table.of(Item.class, items, STOCK_ZONE)
                .selectionMode(SelectionMode.MULTIPLE)
                .column("product", c -> c.title("Product").editable(true))
                .column("shelf", c -> c.title("Shelf").editable(true).choices(List.of("A1", "A2", "B1", "B2", "C1", "C2")))
                .column("stock", c -> c.title("Stock").editable(true).bounds(0.0, 500.0))
                .column("price", c -> c.title("Price").editable(true).bounds(0.5, 100.0))
                .column("organic", c -> c.title("Organic").editable(true))
                .column("restocked", c -> c.title("Restocked (Paris)").width(200).editable(true).bounds(
                        LocalDateTime.of(2024, 1, 1, 0, 0).atZone(STOCK_ZONE).toInstant(),
                        LocalDateTime.of(2027, 12, 31, 23, 59, 59).atZone(STOCK_ZONE).toInstant()));
        stock.setEditValidator(edit -> edit.column().equals("product") && ((String) edit.newValue()).isBlank()
                ? "a product needs a name" : null);
        return stock;
    }

    private static Map<String, Object> logRows(int n, RandomGenerator random) {
        var time = new long[n];
        var level = new String[n];
        var service = new String[n];
        var message = new String[n];
        var latency = new double[n];
        long now = Instant.now().toEpochMilli();
        for (int i = 0; i < n; i++) {
            time[i] = now + i;
            level[i] = LEVELS[random.nextInt(LEVELS.length)];
            service[i] = SERVICES[random.nextInt(SERVICES.length)];
            latency[i] = Math.round(Math.exp(3.5 + random.nextGaussian() * 0.9) * 10) / 10.0;
            message[i] = switch (level[i]) {
                case "ERROR" -> "request failed after " + latency[i] + " ms";
                case "WARN" -> "slow response from " + service[i];
                case "DEBUG" -> "cache " + (random.nextBoolean() ? "hit" : "miss");
                default -> "GET /" + service[i] + "/" + random.nextInt(1000) + " 200";
            };
        }
        var rows = new LinkedHashMap<String, Object>();
        rows.put("time", time);
        rows.put("level", level);
        rows.put("service", service);
        rows.put("message", message);
        rows.put("latency", latency);
        return rows;
    }

    private static Object selected(ColumnDataSource log, List<Object> keys) {
        if (keys.isEmpty()) {
            return Map.of("selected", "nothing");
        }
        Map<String, Object> row = log.row((Long) keys.getFirst());
        if (row == null) {
            return Map.of("selected", "an entry that has rolled off");
        }
        var shown = new LinkedHashMap<String, Object>(row);
        shown.put("time", Instant.ofEpochMilli((Long) row.get("time")).atOffset(ZoneOffset.UTC).toString());
        shown.put("entry", keys.getFirst());
        return shown;
    }
}
