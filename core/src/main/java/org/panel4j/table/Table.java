package org.panel4j.table;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.Origin;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WatchOptions;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.ColumnType;
import org.panel4j.session.Callback;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;
import org.panel4j.session.Task;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.widget.DownloadContent;
import org.panel4j.widget.FileDownload;

/**
 * A data grid (Panel's {@code Tabulator}), drawn in the page by Tabulator. It shows rows in one of two
 * modes (docs/decisions/0022-table.md):
 * <ul>
 *   <li><b>local</b>: every row is in the page, which sorts, filters and pages them itself. The rows
 *       live in a {@link ColumnDataSource} (the same source a Figure may draw): streamed rows appear,
 *       patched cells change in place, and only the change crosses the wire. Rows are keyed by their
 *       ordinal in the source, which survives streams and rollover.</li>
 *   <li><b>remote</b>: the rows stay in a {@link TableData}, shared by every session; the page holds one
 *       page of rows and asks for the next one, sorted and filtered, as a bounded {@link RowQuery} that
 *       runs as an async task of the session (a newer request cancels the one running).</li>
 * </ul>
 * {@link #of(List)} picks local mode up to {@value #LOCAL_ROW_LIMIT} records and remote mode (a
 * {@link ListTableData}) beyond. Each table holds only its view state: columns, selection, its last
 * page. Edits (local mode) are checked on the server, by kind, bounds and a validator, before they
 * change the data. Thread-safe.
 *
 * {@snippet :
 * record City(String name, long people, double area, LocalDate founded) {}
 * var table = Table.of(cities)
 *         .column("people", c -> c.title("People").editable(true).bounds(0.0, null))
 *         .column("area", c -> c.format(CellFormat.number(1)));
 * table.onEdit(event -> log.info("{} of row {}: {} -> {}", event.column(), event.row(), event.oldValue(), event.newValue()));
 * }
 */
public final class Table extends Component {

    /** The most records {@link #of(List)} sends to the page whole; longer lists are shown in remote mode. */
    public static final int LOCAL_ROW_LIMIT = 10_000;
    /** The most row keys a selection holds. */
    public static final int MAX_SELECTION = 10_000;
    /** The refused edits the page is told about at once; older ones have been applied by then. */
    static final int REFUSALS_KEPT = 16;

    /** Whether rows are all in the page or fetched a page at a time. */
    public enum Mode {
        /** Every row is in the page (a {@link ColumnDataSource}). */
        LOCAL,
        /** One page at a time from a {@link TableData}. */
        REMOTE
    }

    private final Mode tableMode;
    private final @Nullable ColumnDataSource source;
    private final @Nullable TableData data;
    private final ZoneId zone;
    private final List<TableColumn> dataColumns;
    private final Map<String, Boolean> longColumns;   // local: which source columns hold longs
    private final LinkedHashMap<String, ColumnSpec> specs = new LinkedHashMap<>(); // guarded by writeLock()
    private final FileDownload download;
    private final List<Component> children;
    private volatile @Nullable EditValidator validator;
    private volatile RowQuery view = RowQuery.firstRows(0);
    private final AtomicLong queries = new AtomicLong();  // the newest page request's number
    private @Nullable Task running;                        // guarded by the session lock
    private Map<Object, List<@Nullable Object>> shownRows = Map.of(); // remote: the page shown, by key
    private long refusalCount;

    private final Param<List<ColumnSpec>> columns = Param.<List<ColumnSpec>>builder(this, "columns").value(List.of())
            .readOnly().toWire(list -> list.stream().map(ColumnSpec::toWire).toList())
            .doc("How each column is shown, in order.").build();
    private final Param<String> mode = Param.builder(this, "mode", String.class).value("local").readOnly()
            .doc("'local' (every row in the page) or 'remote' (one page at a time).").build();
    private final Param<List<ColumnDataSource>> sources = Param.<List<ColumnDataSource>>builder(this, "sources")
            .value(List.of()).readOnly().toWire(list -> list.stream().map(ColumnDataSource::toNode).toList())
            .doc("Local mode: the source holding the rows; empty in remote mode.").build();
    private final Param<String> keyColumn = Param.builder(this, "keyColumn", String.class).nullable().readOnly()
            .doc("Remote mode: the column whose values key rows, or null for positions.").build();
    private final Param<Map<String, Object>> page = Param.<Map<String, Object>>builder(this, "page").nullable()
            .readOnly().doc("Remote mode: the answer to the page's newest request (rows, keys, matching) or an error.")
            .build();
    private final Param<Integer> pageSize = Param.builder(this, "pageSize", Integer.class).nullable()
            .check(v -> v < 1 || v > QueryDecoder.MAX_PAGE_SIZE ? "must be 1 to " + QueryDecoder.MAX_PAGE_SIZE : null)
            .doc("Rows per page; null: one scrolling page (local mode only).").build();
    private final Param<SelectionMode> selectionMode = Param.builder(this, "selectionMode", SelectionMode.class)
            .value(SelectionMode.NONE).doc("How rows can be selected in the page.").build();
    private final Param<List<Object>> selection = Param.<List<Object>>builder(this, "selection").value(List.of())
            .clientWritable().fromClient(this::selectionFromClient)
            .toWire(list -> list.stream().map(Values::toWire).toList())
            .check(this::selectionProblem)
            .doc("The keys of the selected rows, in the order they were selected.").build();
    private final Param<Boolean> followNewest = Param.builder(this, "followNewest", Boolean.class).value(false)
            .doc("Local mode: scroll to the newest row when rows are streamed in.").build();
    private final Param<Boolean> showSearch = Param.builder(this, "showSearch", Boolean.class).value(true)
            .doc("Whether a search box above the table filters rows by their text.").build();
    private final Param<List<Map<String, Object>>> refusals = Param.<List<Map<String, Object>>>builder(this, "refusals")
            .value(List.of()).readOnly()
            .doc("The newest refused edits, numbered: the page puts each cell's value back.").build();
    private final Param<EditEvent> lastEdit = Param.builder(this, "lastEdit", EditEvent.class).nullable().readOnly()
            .toWire(e -> e == null ? null : Map.of("row", Values.toWire(e.row()), "column", e.column()))
            .doc("The edit applied last (onEdit callbacks watch it).").build();
    private final Param<CellClick> lastClick = Param.builder(this, "lastClick", CellClick.class).nullable().readOnly()
            .toWire(e -> e == null ? null : Map.of("row", Values.toWire(e.row()), "column", e.column()))
            .doc("The button cell clicked last (onCellClick callbacks watch it).").build();

    private final Param<FileDownload> downloadButton = Param.builder(this, "download", FileDownload.class).nullable()
            .readOnly().toWire(d -> d == null ? null : d.toNode())
            .doc("The CSV download button, shown above the table.").build();

    private Table(Mode tableMode, @Nullable ColumnDataSource source, @Nullable TableData data,
                  List<TableColumn> dataColumns, Map<String, Boolean> longColumns, ZoneId zone) {
        this.tableMode = tableMode;
        this.source = source;
        this.data = data;
        this.zone = zone;
        this.dataColumns = List.copyOf(dataColumns);
        this.longColumns = Map.copyOf(longColumns);
        for (TableColumn column : this.dataColumns) {
            specs.put(column.name(), ColumnSpec.defaults(column, zone));
        }
        this.download = new FileDownload("table.csv", this::csv);
        download.setName("CSV");
        children = source != null ? List.of(source, download) : List.of(download);  // before any change is published
        setByOwner(downloadButton, download);
        setByOwner(mode, tableMode.name().toLowerCase(Locale.ROOT));
        if (source != null) {
            setByOwner(sources, List.of(source));
        } else {
            setByOwner(keyColumn, data.keyColumn());
            pageSize.set(100);
        }
        publishColumns();
    }

    // ---- factories ----------------------------------------------------------------------------

    /**
     * A local table of {@code source}'s rows: double columns are DECIMAL, long columns INTEGER, text
     * columns TEXT. @throws IllegalArgumentException if the source has no columns yet
     */
    public static Table of(ColumnDataSource source) {
        return of(source, Map.of());
    }

    /**
     * A local table of {@code source}'s rows, with the kinds of some columns given: a long or double
     * column may be INTEGER, DECIMAL, BOOLEAN (0 or 1) or DATETIME (epoch milliseconds); a text column
     * TEXT or DATE ({@code yyyy-mm-dd}, empty for none). Moments show in UTC unless a column's
     * {@link CellFormat.DateTime} says otherwise.
     *
     * @throws IllegalArgumentException if the source has no columns, or a kind does not fit its column
     */
    public static Table of(ColumnDataSource source, Map<String, ColumnKind> kinds) {
        Objects.requireNonNull(source, "source");
        List<String> names = source.columnNames();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Table.of: " + source + " has no columns yet; give it some first");
        }
        for (String name : kinds.keySet()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("Table.of: no column '" + name + "' in " + source);
            }
        }
        var columns = new ArrayList<TableColumn>();
        var longs = new HashMap<String, Boolean>();
        for (String name : names) {
            ColumnType type = source.columnType(name);
            ColumnKind kind = kinds.getOrDefault(name, switch (type) {
                case DOUBLE -> ColumnKind.DECIMAL;
                case LONG -> ColumnKind.INTEGER;
                case STRING -> ColumnKind.TEXT;
            });
            boolean fits = switch (kind) {
                case TEXT, DATE -> type == ColumnType.STRING;
                default -> type != ColumnType.STRING;
            };
            if (!fits) {
                throw new IllegalArgumentException("Table.of: column '" + name + "' holds " + type.wireName()
                        + " values, which cannot be " + kind);
            }
            columns.add(new TableColumn(name, kind));
            longs.put(name, type == ColumnType.LONG);
        }
        return new Table(Mode.LOCAL, source, null, columns, longs, ZoneOffset.UTC);
    }

    /**
     * A table of {@code records}, one column per record component in declaration order, its kind from
     * the component's type (int, long, short, byte → INTEGER; double, float, BigDecimal → DECIMAL;
     * boolean → BOOLEAN; LocalDate → DATE; Instant, LocalDateTime in UTC → DATETIME; else TEXT by
     * {@code toString}); local mode up to {@value #LOCAL_ROW_LIMIT} records, remote beyond. Moments show in UTC.
     *
     * @throws IllegalArgumentException if the list is empty (use {@link #of(Class, List, ZoneId)}) or mixes types
     */
    @SuppressWarnings("unchecked")
    public static Table of(List<? extends Record> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("Table.of: an empty list has no columns; use Table.of(type, records, zone)");
        }
        return of((Class<? extends Record>) records.getFirst().getClass(), records, ZoneOffset.UTC);
    }

    /**
     * A table of {@code records} of {@code type}; {@code LocalDateTime} values are moments in {@code zone},
     * and moments show in {@code zone}.
     */
    public static Table of(Class<? extends Record> type, List<? extends Record> records, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        List<TableColumn> columns = Records.columns(type);
        List<List<@Nullable Object>> rows = Records.rows(records, type, zone);
        if (rows.size() > LOCAL_ROW_LIMIT) {
            return new Table(Mode.REMOTE, null, ListTableData.of(columns, rows), columns, Map.of(), zone);
        }
        var data = new LinkedHashMap<String, Object>();
        var longs = new HashMap<String, Boolean>();
        for (int c = 0; c < columns.size(); c++) {
            TableColumn column = columns.get(c);
            int index = c;
            boolean hasNull = rows.stream().anyMatch(r -> r.get(index) == null);
            boolean asLong = !hasNull && (column.kind() == ColumnKind.INTEGER || column.kind() == ColumnKind.DATETIME);
            longs.put(column.name(), asLong);
            data.put(column.name(), sourceColumn(column.kind(), asLong, rows.stream().map(r -> r.get(index)).toList()));
        }
        return new Table(Mode.LOCAL, new ColumnDataSource(data), null, columns, longs, zone);
    }

    private static Object sourceColumn(ColumnKind kind, boolean asLong, List<@Nullable Object> values) {
        int n = values.size();
        if (kind == ColumnKind.TEXT || kind == ColumnKind.DATE) {
            var out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = (String) Values.toSource(kind, values.get(i), false);
            }
            return out;
        }
        if (asLong) {
            var out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = (Long) Values.toSource(kind, values.get(i), true);
            }
            return out;
        }
        var out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = ((Number) Values.toSource(kind, values.get(i), false)).doubleValue();
        }
        return out;
    }

    /** A remote table of {@code data}'s rows, 100 to a page; {@code data} may be shared by every session. */
    public static Table of(TableData data) {
        Objects.requireNonNull(data, "data");
        return new Table(Mode.REMOTE, null, data, data.columns(), Map.of(), ZoneOffset.UTC);
    }

    // ---- columns ------------------------------------------------------------------------------

    /**
     * Changes how column {@code name} is shown; returns this for chaining.
     *
     * @throws IllegalArgumentException if there is no such column, the change does not fit its kind, or
     *     it makes a column of a remote table editable
     */
    public Table column(String name, Consumer<ColumnSpec.Builder> change) {
        Objects.requireNonNull(change, "change");
        var lock = writeLock();
        lock.lock();
        try {
            ColumnSpec spec = specs.get(Objects.requireNonNull(name, "name"));
            if (spec == null) {
                throw new IllegalArgumentException(this + ": no column '" + name + "' (columns: "
                        + String.join(", ", specs.keySet()) + ")");
            }
            ColumnSpec changed = spec.with(change);
            if (changed.editable() && tableMode == Mode.REMOTE) {
                throw new IllegalArgumentException(this + ": column '" + name + "' cannot be edited in remote mode");
            }
            specs.put(name, changed);
            publishColumns();
        } finally {
            lock.unlock();
        }
        return this;
    }

    private void publishColumns() {
        setByOwner(columns, List.copyOf(specs.values()));
    }

    /** How each column is shown, in order. */
    public List<ColumnSpec> getColumns() {
        return columns.get();
    }

    /** The read-only {@code columns} parameter; change it through {@link #column}. */
    public ReadOnlyParam<List<ColumnSpec>> columnsProperty() {
        return columns;
    }

    /** Whether the rows are all in the page or fetched a page at a time. */
    public Mode getMode() {
        return tableMode;
    }

    /** Local mode: the source holding the rows; null in remote mode. */
    public @Nullable ColumnDataSource getSource() {
        return source;
    }

    /** Remote mode: the data the pages come from; null in local mode. */
    public @Nullable TableData getData() {
        return data;
    }

    /** The button offering the current view (sorted and filtered, shown columns) as CSV. */
    public FileDownload getDownload() {
        return download;
    }

    /** The read-only {@code download} parameter (the CSV button; hide it through its {@code visible}). */
    public ReadOnlyParam<FileDownload> downloadProperty() {
        return downloadButton;
    }

    @Override
    public List<Component> children() {
        return children;
    }

    // ---- plain properties -----------------------------------------------------------------------

    /** Rows per page, or null for one scrolling page. */
    public @Nullable Integer getPageSize() {
        return pageSize.get();
    }

    /** Sets the rows per page (1 to 1000; null: one scrolling page, local mode only). */
    public void setPageSize(@Nullable Integer value) {
        if (value == null && tableMode == Mode.REMOTE) {
            throw new IllegalArgumentException(this + ": a remote table always has pages");
        }
        pageSize.set(value);
    }

    /** The {@code pageSize} parameter. */
    public Param<Integer> pageSizeProperty() {
        return pageSize;
    }

    /** Sets the rows per page; returns this for chaining. */
    public Table pageSize(@Nullable Integer value) {
        setPageSize(value);
        return this;
    }

    /** How rows can be selected. */
    public SelectionMode getSelectionMode() {
        return selectionMode.get();
    }

    /** Sets how rows can be selected. */
    public void setSelectionMode(SelectionMode value) {
        selectionMode.set(value);
    }

    /** The {@code selectionMode} parameter. */
    public Param<SelectionMode> selectionModeProperty() {
        return selectionMode;
    }

    /** Sets how rows can be selected; returns this for chaining. */
    public Table selectionMode(SelectionMode value) {
        setSelectionMode(value);
        return this;
    }

    /** The keys of the selected rows (ordinals, as {@code Long}, in a local table). */
    public List<Object> getSelection() {
        return selection.get();
    }

    /** Selects the rows with {@code keys}. @throws IllegalArgumentException for more keys than the mode allows */
    public void setSelection(List<?> keys) {
        selection.set(List.copyOf(keys));
    }

    /** The {@code selection} parameter: the page sets it as the user selects rows, and server code may too. */
    public Param<List<Object>> selectionProperty() {
        return selection;
    }

    /** Whether the table scrolls to the newest row when rows are streamed in. */
    public boolean isFollowNewest() {
        return followNewest.get();
    }

    /** Sets whether the table scrolls to the newest row when rows are streamed in. */
    public void setFollowNewest(boolean value) {
        followNewest.set(value);
    }

    /** The {@code followNewest} parameter. */
    public Param<Boolean> followNewestProperty() {
        return followNewest;
    }

    /** Whether a search box is shown above the table. */
    public boolean isShowSearch() {
        return showSearch.get();
    }

    /** Shows or hides the search box. */
    public void setShowSearch(boolean value) {
        showSearch.set(value);
    }

    /** The {@code showSearch} parameter. */
    public Param<Boolean> showSearchProperty() {
        return showSearch;
    }

    /** Remote mode: the answer to the page's newest request, as sent; null before the first. */
    public @Nullable Map<String, Object> getPage() {
        return page.get();
    }

    /** The read-only {@code page} parameter. */
    public ReadOnlyParam<Map<String, Object>> pageProperty() {
        return page;
    }

    /** The newest refused edits, as sent to the page. */
    public List<Map<String, Object>> getRefusals() {
        return refusals.get();
    }

    /** The read-only {@code refusals} parameter. */
    public ReadOnlyParam<List<Map<String, Object>>> refusalsProperty() {
        return refusals;
    }

    /** The edit applied last, or null. */
    public @Nullable EditEvent getLastEdit() {
        return lastEdit.get();
    }

    /** The read-only {@code lastEdit} parameter. */
    public ReadOnlyParam<EditEvent> lastEditProperty() {
        return lastEdit;
    }

    /** The button cell clicked last, or null. */
    public @Nullable CellClick getLastClick() {
        return lastClick.get();
    }

    /** The read-only {@code lastClick} parameter. */
    public ReadOnlyParam<CellClick> lastClickProperty() {
        return lastClick;
    }

    /** The sort, filters and search the page shows now (offset and limit unused). */
    public RowQuery getView() {
        return view;
    }

    // ---- callbacks ----------------------------------------------------------------------------

    /** Checks each edit before it changes the data (after its kind and bounds); null for none. */
    public void setEditValidator(@Nullable EditValidator value) {
        validator = value;
    }

    /**
     * Calls {@code callback} after each edit from the page changed the data; sync callbacks run holding
     * the session lock, {@code async} ones on their own virtual threads.
     */
    public Registration onEdit(Callback<? super EditEvent> callback) {
        Objects.requireNonNull(callback, "callback");
        return lastEdit.watch(change -> callback.call(change.newValue()),
                WatchOptions.DEFAULT.onlyChanged(false).kind("edit"));
    }

    /** Calls {@code callback} on each click of a button cell ({@link CellFormat.Button}), with the row. */
    public Registration onCellClick(Callback<? super CellClick> callback) {
        Objects.requireNonNull(callback, "callback");
        return lastClick.watch(change -> callback.call(change.newValue()),
                WatchOptions.DEFAULT.onlyChanged(false).kind("click"));
    }

    // ---- the page's input -----------------------------------------------------------------------

    /**
     * Handles the page's events: {@code query} (remote: a page to fetch), {@code view} (local: the
     * sort, filters and search shown), {@code edit}, {@code cellClick}. Bad input is refused with a
     * {@link ClientInputException} and changes nothing (a refused edit also puts the cell back).
     */
    @Override
    public void applyClientEvent(Session session, String event, Map<String, Object> payload) {
        switch (event) {
            case "query" -> {
                checkAcceptsInput(event);
                query(session, payload);
            }
            case "view" -> {
                checkAcceptsInput(event);
                view = decoder().view(payload);
            }
            case "edit" -> {
                checkAcceptsInput(event);
                edit(session, payload);
            }
            case "cellClick" -> {
                checkAcceptsInput(event);
                cellClick(session, payload);
            }
            default -> super.applyClientEvent(session, event, payload);
        }
    }

    private QueryDecoder decoder() {
        return new QueryDecoder(specsSnapshot(), label());
    }

    private Map<String, ColumnSpec> specsSnapshot() {
        var lock = writeLock();
        lock.lock();
        try {
            return new LinkedHashMap<>(specs);
        } finally {
            lock.unlock();
        }
    }

    /** Starts the page request as an async task; the one running is cancelled (newest wins). */
    private void query(Session session, Map<String, Object> payload) {
        if (tableMode != Mode.REMOTE) {
            throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED, label() + " is local: the page sorts and pages its rows itself");
        }
        long request = QueryDecoder.whole(payload.get("request"), "request", 0, Values.MAX_EXACT);
        RowQuery query = decoder().page(payload);
        view = query;
        long number = queries.incrementAndGet();
        if (running != null) {
            running.cancel();
        }
        setByOwner(loadingProperty(), true, Origin.SERVER, session);
        running = session.submit((s, task) -> answer(s, number, request, query));
    }

    private void answer(Session session, long number, long request, RowQuery query) throws Exception {
        RowPage rows;
        try {
            rows = data.query(query);
        } catch (InterruptedException e) {
            return;   // a newer request superseded this one, or the session ended
        } catch (RuntimeException e) {
            session.withLock(() -> {
                if (number == queries.get()) {
                    setByOwner(page, Map.of("request", request, "error", "The rows could not be loaded."), Origin.SERVER, session);
                    setByOwner(loadingProperty(), false, Origin.SERVER, session);
                }
            });
            SessionCore.of(session).report(e, "table query", null, this);
            return;
        }
        session.withLock(() -> {
            if (number != queries.get()) {
                return;
            }
            setByOwner(loadingProperty(), false, Origin.SERVER, session);
            if (rows.rows().isEmpty() && query.offset() > 0 && query.offset() >= rows.matching()) {
                setByOwner(page, Map.of("request", request, "matching", rows.matching(),
                        "error", "There is no row " + (query.offset() + 1) + ": " + rows.matching() + " rows match."),
                        Origin.SERVER, session);
                return;
            }
            var shown = new LinkedHashMap<Object, List<@Nullable Object>>();
            var wireRows = new ArrayList<List<@Nullable Object>>(rows.rows().size());
            for (int i = 0; i < rows.rows().size(); i++) {
                shown.put(rows.keys().get(i), rows.rows().get(i));
                wireRows.add(rows.rows().get(i).stream().map(Values::toWire).toList());
            }
            shownRows = shown;
            var answer = new LinkedHashMap<String, Object>();
            answer.put("request", request);
            answer.put("offset", rows.offset());
            answer.put("matching", rows.matching());
            answer.put("keys", rows.keys().stream().map(Values::toWire).toList());
            answer.put("rows", wireRows);
            setByOwner(page, answer, Origin.SERVER, session);
        });
    }

    /** Applies an edit of a local table's cell, or refuses it and puts the page's cell back. */
    private void edit(Session session, Map<String, Object> payload) {
        if (tableMode != Mode.LOCAL) {
            throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED, label() + " is remote: its cells cannot be edited");
        }
        Object rowWire = payload.get("row");
        long row = QueryDecoder.whole(rowWire, "row", 0, Values.MAX_EXACT);
        ColumnSpec spec = columnFor(payload.get("column"));
        if (!spec.editable()) {
            throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED,
                    label() + ": column '" + ClientText.bounded(spec.name()) + "' cannot be edited");
        }
        Map<String, Object> cells = source.row(row);
        if (cells == null) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE, label() + ": row " + row + " no longer exists");
        }
        Map<String, @Nullable Object> values = rowValues(cells);
        Object old = values.get(spec.name());
        String problem;
        Object value = null;
        try {
            value = Values.fromClient(spec.kind(), payload.get("value"), "column '" + spec.name() + "'", spec.zone());
            problem = boundsProblem(spec, value);
        } catch (ClientInputException e) {
            problem = e.getMessage();
        }
        EditValidator check = validator;
        if (problem == null && check != null) {
            problem = check.problem(new EditEvent(row, spec.name(), old, value, values));
        }
        if (problem == null) {
            Object previous = source.patchOrdinal(spec.name(), row, Values.toSource(spec.kind(), value,
                    longColumns.get(spec.name())));
            if (previous == null) {
                problem = "row " + row + " no longer exists";
            } else {
                old = Values.fromSource(spec.kind(), previous);
            }
        }
        if (problem != null) {
            refuse(session, row, spec.name(), old);
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE,
                    "Edit refused: " + spec.title() + ": " + problem);
        }
        setByOwner(lastEdit, new EditEvent(row, spec.name(), old, value, values), Origin.CLIENT, session);
    }

    private @Nullable String boundsProblem(ColumnSpec spec, Object value) {
        if (value instanceof Instant moment) {
            long millis = moment.toEpochMilli();
            if (spec.min() != null && millis < spec.min()) {
                return "must be " + Values.shown(Instant.ofEpochMilli(spec.min().longValue()), spec.zone())
                        + " or later (" + Values.zoneName(spec.zone()) + "), got " + Values.shown(moment, spec.zone());
            }
            if (spec.max() != null && millis > spec.max()) {
                return "must be " + Values.shown(Instant.ofEpochMilli(spec.max().longValue()), spec.zone())
                        + " or earlier (" + Values.zoneName(spec.zone()) + "), got " + Values.shown(moment, spec.zone());
            }
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (spec.min() != null && d < spec.min() || spec.max() != null && d > spec.max()) {
                return "must be " + (spec.min() == null ? "" : "at least " + spec.min())
                        + (spec.min() != null && spec.max() != null ? " and " : "")
                        + (spec.max() == null ? "" : "at most " + spec.max()) + ", got " + value;
            }
        }
        if (!spec.choices().isEmpty() && !spec.choices().contains(value)) {
            return "must be one of " + String.join(", ", spec.choices());
        }
        return null;
    }

    private void refuse(Session session, long row, String column, @Nullable Object old) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("n", ++refusalCount);
        entry.put("row", row);
        entry.put("column", column);
        entry.put("value", Values.toWire(old));
        var list = new ArrayList<>(refusals.get());
        list.add(entry);
        if (list.size() > REFUSALS_KEPT) {
            list.subList(0, list.size() - REFUSALS_KEPT).clear();
        }
        setByOwner(refusals, List.copyOf(list), Origin.SERVER, session);
    }

    private void cellClick(Session session, Map<String, Object> payload) {
        ColumnSpec spec = columnFor(payload.get("column"));
        if (!(spec.format() instanceof CellFormat.Button)) {
            throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED,
                    label() + ": column '" + ClientText.bounded(spec.name()) + "' has no buttons");
        }
        Object key;
        Map<String, @Nullable Object> values;
        if (tableMode == Mode.LOCAL) {
            long row = QueryDecoder.whole(payload.get("row"), "row", 0, Values.MAX_EXACT);
            Map<String, Object> cells = source.row(row);
            if (cells == null) {
                throw new ClientInputException(ClientInputException.Code.INVALID_VALUE, label() + ": row " + row + " no longer exists");
            }
            key = row;
            values = rowValues(cells);
        } else {
            key = remoteKey(payload.get("row"));
            List<@Nullable Object> row = shownRows.get(key);
            if (row == null) {
                throw new ClientInputException(ClientInputException.Code.INVALID_VALUE,
                        label() + ": row " + ClientText.bounded(payload.get("row")) + " is not on the page shown");
            }
            values = new LinkedHashMap<>();
            for (int i = 0; i < dataColumns.size(); i++) {
                values.put(dataColumns.get(i).name(), row.get(i));
            }
        }
        setByOwner(lastClick, new CellClick(key, spec.name(), values), Origin.CLIENT, session);
    }

    private ColumnSpec columnFor(@Nullable Object name) {
        ColumnSpec spec = name instanceof String s ? specsSnapshot().get(s) : null;
        if (spec == null) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE,
                    label() + ": unknown column " + ClientText.bounded(name));
        }
        return spec;
    }

    private Map<String, @Nullable Object> rowValues(Map<String, Object> cells) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        for (TableColumn column : dataColumns) {
            values.put(column.name(), Values.fromSource(column.kind(), cells.get(column.name())));
        }
        return values;
    }

    /** A remote row key the page sent, as the data's keys are. */
    private Object remoteKey(@Nullable Object wire) {
        String key = keyColumn.get();
        if (key == null) {
            return QueryDecoder.whole(wire, "row", 0, Values.MAX_EXACT);
        }
        ColumnKind kind = dataColumns.get(RowFilter.indexOf(dataColumns, key)).kind();
        return Values.fromClient(kind, wire, "row key");
    }

    // ---- selection ----------------------------------------------------------------------------

    private List<Object> selectionFromClient(Object wire) {
        if (selectionMode.get() == SelectionMode.NONE) {
            throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED, label() + ": rows cannot be selected");
        }
        if (!(wire instanceof List<?> list) || list.size() > MAX_SELECTION) {
            throw new IllegalArgumentException("a selection is a list of at most " + MAX_SELECTION + " row keys");
        }
        var keys = new ArrayList<Object>(list.size());
        long first = source == null ? 0 : source.firstOrdinal();
        long end = source == null ? 0 : first + source.length();
        for (Object item : list) {
            Object key = tableMode == Mode.LOCAL ? (Object) QueryDecoder.whole(item, "a row key", 0, Values.MAX_EXACT)
                    : remoteKey(item);
            if (tableMode == Mode.LOCAL && (Long) key >= end) {
                throw new IllegalArgumentException("there is no row " + key);
            }
            if (tableMode == Mode.REMOTE || (Long) key >= first) {
                keys.add(key);   // a row that rolled off while the page selected it is left out
            }
        }
        return List.copyOf(keys);
    }

    private @Nullable String selectionProblem(List<Object> keys) {
        if (keys.size() > MAX_SELECTION) {
            return "holds at most " + MAX_SELECTION + " rows";
        }
        if (keys.size() > 1 && selectionMode.get() == SelectionMode.SINGLE) {
            return "holds one row at most in SINGLE mode";
        }
        return null;
    }

    // ---- download -----------------------------------------------------------------------------

    private DownloadContent csv() throws InterruptedException {
        List<ColumnSpec> shown = getColumns().stream()
                .filter(s -> !s.hidden() && !(s.format() instanceof CellFormat.Button)).toList();
        TableData rows = data != null ? data : localData();
        return DownloadContent.of("table.csv", CsvExport.write(rows, view, shown));
    }

    /** A local table's rows now, as data a query can run on (keys are positions, not ordinals). */
    TableData localData() {
        ColumnDataSource.Rows now = source.rows();
        int n = now.columns().isEmpty() ? 0 : Array.getLength(now.columns().values().iterator().next());
        var rows = new ArrayList<List<@Nullable Object>>(n);
        for (int i = 0; i < n; i++) {
            var row = new ArrayList<@Nullable Object>(dataColumns.size());
            for (TableColumn column : dataColumns) {
                row.add(Values.fromSource(column.kind(), Array.get(now.columns().get(column.name()), i)));
            }
            rows.add(row);
        }
        return ListTableData.of(dataColumns, rows);
    }

    /** The zone moments are read in ({@code LocalDateTime} records) and shown in by default. */
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public String toString() {
        return "Table#" + id();
    }
}
