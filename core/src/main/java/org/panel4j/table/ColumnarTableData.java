package org.panel4j.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Rows held in memory, column by column in primitive arrays, immutable and shared by every session of
 * a server: whole numbers in {@code int[]} or {@code long[]} (dates as epoch days, moments as epoch
 * milliseconds), decimals in {@code double[]}, booleans as bits, text dictionary-encoded as
 * {@code int} codes. Ten million rows of seven columns (two of them decimals, one a moment) take 345 MiB.
 *
 * <p>A query filters into a bit set, sorts row indexes with a radix sort (no value is boxed), and
 * boxes only the page it answers. The matches of recent filter sets and the orders of recent sorts
 * are kept in a cache bounded by weight ({@link Builder#cacheBytes}, 256 MiB by default), so turning a
 * page costs a copy; a result many callers ask for at once is computed once. Long loops check for an
 * interrupt every 65,536 rows. Row keys are the rows' positions ({@link Long}). See docs/table-data.md.
 */
public final class ColumnarTableData implements TableData {

    /** The default bound of the result cache, in bytes. */
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;

    private final TableSchema schema;
    private final List<ColumnStore> stores;
    private final int rowCount;
    private final SharedResults results;
    private final Semaphore sorting = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private ColumnarTableData(List<TableColumn> columns, List<ColumnStore> stores, int rowCount, long cacheBytes) {
        this.schema = new TableSchema(columns);
        this.stores = List.copyOf(stores);
        this.rowCount = rowCount;
        this.results = new SharedResults(cacheBytes, ColumnarTableData::weight);
    }

    /** A builder of {@code rowCount} rows, to which columns are added one by one. */
    public static Builder builder(int rowCount) {
        return new Builder(rowCount);
    }

    /**
     * Small data from rows: {@code rows.get(r).get(c)} is row r's value in {@code columns.get(c)}, of
     * its kind's value type or null.
     */
    public static ColumnarTableData of(List<TableColumn> columns, List<? extends List<?>> rows) {
        Builder builder = builder(rows.size());
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            builder.column(columns.get(c).name(), columns.get(c).kind(), r -> rows.get(r).get(index));
        }
        return builder.build();
    }

    @Override
    public List<TableColumn> columns() {
        return schema.columns();
    }

    /** How many rows the data holds. */
    public int rowCount() {
        return rowCount;
    }

    /** About how many bytes of heap the columns hold (the result cache not counted). */
    public long columnBytes() {
        return stores.stream().mapToLong(ColumnStore::bytes).sum();
    }

    /** Forgets the cached filter matches and sort orders. */
    public void clearCache() {
        results.clear();
    }

    @Override
    public RowPage query(RowQuery query) throws InterruptedException {
        schema.check(query);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Matches matches = matches(query.filters(), query.search());
        int from = (int) Math.min(query.offset(), matches.count());
        int to = (int) Math.min((long) from + query.limit(), matches.count());
        int[] pageRows;
        if (query.sort().isEmpty()) {
            pageRows = matches.slice(from, to);
        } else {
            int[] order = sorted(matches, query);
            pageRows = Arrays.copyOfRange(order, from, to);
        }
        List<Object> keys = new ArrayList<>(pageRows.length);
        List<List<@Nullable Object>> rows = new ArrayList<>(pageRows.length);
        for (int row : pageRows) {
            keys.add((long) row);
            List<@Nullable Object> values = new ArrayList<>(stores.size());
            for (ColumnStore store : stores) {
                values.add(store.value(row));
            }
            rows.add(Collections.unmodifiableList(values));
        }
        return new RowPage(query.offset(), matches.count(), keys, rows);
    }

    private record FilterKey(Set<ColumnFilter> filters, String search) {}

    private record SortedKey(FilterKey filters, List<SortKey> sort) {}

    private Matches matches(List<ColumnFilter> filters, String search) throws InterruptedException {
        if (filters.isEmpty() && search.isEmpty()) {
            return new Matches(null, rowCount);
        }
        FilterKey key = new FilterKey(Set.copyOf(filters), search);
        return results.get(key, () -> filter(key));
    }

    private Matches filter(FilterKey key) throws InterruptedException {
        List<IntPredicate> tests = new ArrayList<>();
        for (ColumnFilter filter : key.filters()) {
            ColumnStore store = stores.get(schema.indexOf(filter.column()));
            switch (filter) {
                case ColumnFilter.Contains contains ->
                    tests.add(((TextColumn) store).contains(contains.text().toLowerCase(Locale.ROOT)));
                case ColumnFilter.Between between -> {
                    if (between.min() != null || between.max() != null) {
                        tests.add(store.between(between.min(), between.max()));
                    }
                }
                case ColumnFilter.OneOf oneOf -> tests.add(store.oneOf(oneOf.values()));
            }
        }
        if (!key.search().isEmpty()) {
            tests.add(search(key.search().toLowerCase(Locale.ROOT)));
        }
        long[] bits = Bits.allSet(rowCount);
        for (IntPredicate test : tests) {
            for (int w = 0; w < bits.length; w++) {
                if ((w & 1023) == 0 && Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long word = bits[w];
                long kept = word;
                while (word != 0) {
                    int bit = Long.numberOfTrailingZeros(word);
                    if (!test.test((w << 6) + bit)) {
                        kept &= ~(1L << bit);
                    }
                    word &= word - 1;
                }
                bits[w] = kept;
            }
        }
        return new Matches(bits, Bits.count(bits));
    }

    private IntPredicate search(String lowerCaseText) {
        List<TextColumn> texts = new ArrayList<>();
        List<boolean[]> found = new ArrayList<>();
        for (ColumnStore store : stores) {
            if (store instanceof TextColumn text) {
                texts.add(text);
                found.add(text.containing(lowerCaseText));
            }
        }
        TextColumn[] columns = texts.toArray(TextColumn[]::new);
        boolean[][] match = found.toArray(boolean[][]::new);
        return row -> {
            for (int c = 0; c < columns.length; c++) {
                int code = columns[c].code(row);
                if (code >= 0 && match[c][code]) {
                    return true;
                }
            }
            return false;
        };
    }

    private int[] sorted(Matches matches, RowQuery query) throws InterruptedException {
        FilterKey filters = new FilterKey(Set.copyOf(query.filters()), query.search());
        return results.get(new SortedKey(filters, query.sort()), () -> {
            List<RowSorter.Level> levels = new ArrayList<>();
            for (SortKey key : query.sort()) {
                levels.add(new RowSorter.Level(stores.get(schema.indexOf(key.column())), key.descending()));
            }
            sorting.acquire();
            try {
                return RowSorter.sort(matches.slice(0, matches.count()), levels);
            } finally {
                sorting.release();
            }
        });
    }

    private static int weight(Object value) {
        long bytes = switch (value) {
            case int[] rows -> 16L + 4L * rows.length;
            case Matches matches -> 32L + (matches.bits() == null ? 0 : 8L * matches.bits().length);
            default -> 16L;
        };
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** The rows passing a filter set: a bit per row, or {@code null} bits for every row. */
    private record Matches(long @Nullable [] bits, int count) {

        /** The indexes of the matching rows {@code from} (inclusive) to {@code to} (exclusive), ascending. */
        int[] slice(int from, int to) throws InterruptedException {
            int[] rows = new int[to - from];
            if (bits == null) {
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = from + i;
                }
                return rows;
            }
            int seen = 0;
            int w = 0;
            while (w < bits.length && seen + Long.bitCount(bits[w]) <= from) {
                seen += Long.bitCount(bits[w++]);
            }
            int filled = 0;
            for (; w < bits.length && filled < rows.length; w++) {
                if ((w & 1023) == 0 && Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long word = bits[w];
                while (word != 0 && filled < rows.length) {
                    int bit = Long.numberOfTrailingZeros(word);
                    if (seen++ >= from) {
                        rows[filled++] = (w << 6) + bit;
                    }
                    word &= word - 1;
                }
            }
            return rows;
        }
    }

    /**
     * Builds a {@link ColumnarTableData} column by column; each column is given by a function of the
     * row index, called once per row in order. The primitive forms hold no nulls; {@link #column} takes
     * boxed values, nulls included.
     */
    public static final class Builder {

        private final int rowCount;
        private final List<TableColumn> columns = new ArrayList<>();
        private final List<ColumnStore> stores = new ArrayList<>();
        private long cacheBytes = DEFAULT_CACHE_BYTES;

        private Builder(int rowCount) {
            if (rowCount < 0) {
                throw new IllegalArgumentException("rowCount must be 0 or more, got " + rowCount);
            }
            this.rowCount = rowCount;
        }

        /** An INTEGER column. */
        public Builder integers(String name, IntToLongFunction valueAt) {
            return whole(name, ColumnKind.INTEGER, valueAt);
        }

        /** A DATE column, each value given as its epoch day ({@link java.time.LocalDate#toEpochDay()}). */
        public Builder epochDays(String name, IntToLongFunction valueAt) {
            return whole(name, ColumnKind.DATE, valueAt);
        }

        /** A DATETIME column, each value given as epoch milliseconds ({@link java.time.Instant#toEpochMilli()}). */
        public Builder epochMillis(String name, IntToLongFunction valueAt) {
            return whole(name, ColumnKind.DATETIME, valueAt);
        }

        /** A DECIMAL column. */
        public Builder decimals(String name, IntToDoubleFunction valueAt) {
            double[] values = new double[rowCount];
            for (int r = 0; r < rowCount; r++) {
                values[r] = valueAt.applyAsDouble(r);
            }
            return add(name, ColumnKind.DECIMAL, new DecimalColumn(values, null));
        }

        /** A BOOLEAN column. */
        public Builder booleans(String name, IntPredicate valueAt) {
            long[] values = Bits.of(rowCount);
            for (int r = 0; r < rowCount; r++) {
                if (valueAt.test(r)) {
                    Bits.set(values, r);
                }
            }
            return add(name, ColumnKind.BOOLEAN, new BooleanColumn(values, null));
        }

        /** A TEXT column; a null string is a null value. */
        public Builder texts(String name, IntFunction<@Nullable String> valueAt) {
            String[] values = new String[rowCount];
            TreeSet<String> distinct = new TreeSet<>();
            Map<String, String> seen = new HashMap<>();
            for (int r = 0; r < rowCount; r++) {
                String value = valueAt.apply(r);
                if (value != null) {
                    values[r] = seen.computeIfAbsent(value, v -> {
                        distinct.add(v);
                        return v;
                    });
                }
            }
            String[] dictionary = distinct.toArray(String[]::new);
            Map<String, Integer> codeOf = new HashMap<>();
            for (int c = 0; c < dictionary.length; c++) {
                codeOf.put(dictionary[c], c);
            }
            int[] codes = new int[rowCount];
            for (int r = 0; r < rowCount; r++) {
                codes[r] = values[r] == null ? -1 : codeOf.get(values[r]);
            }
            return add(name, ColumnKind.TEXT, new TextColumn(dictionary, codes));
        }

        /**
         * A column of any kind from boxed values of its {@link ColumnKind#valueType()}, or null.
         *
         * @throws IllegalArgumentException if a value is of another type
         */
        public Builder column(String name, ColumnKind kind, IntFunction<? extends @Nullable Object> valueAt) {
            Objects.requireNonNull(kind, "kind");
            IntFunction<@Nullable Object> checked = r -> {
                Object value = valueAt.apply(r);
                if (value != null && !kind.valueType().isInstance(value)) {
                    throw new IllegalArgumentException("column " + name + " holds " + kind.valueType().getSimpleName()
                            + " values, row " + r + " has a " + value.getClass().getSimpleName());
                }
                return value;
            };
            if (kind == ColumnKind.TEXT) {
                return texts(name, r -> (String) checked.apply(r));
            }
            long[] nulls = Bits.of(rowCount);
            boolean anyNull = false;
            ColumnStore store;
            switch (kind) {
                case DECIMAL -> {
                    double[] values = new double[rowCount];
                    for (int r = 0; r < rowCount; r++) {
                        Object value = checked.apply(r);
                        if (value == null) {
                            Bits.set(nulls, r);
                            anyNull = true;
                        } else {
                            values[r] = (Double) value;
                        }
                    }
                    store = new DecimalColumn(values, anyNull ? nulls : null);
                }
                case BOOLEAN -> {
                    long[] values = Bits.of(rowCount);
                    for (int r = 0; r < rowCount; r++) {
                        Object value = checked.apply(r);
                        if (value == null) {
                            Bits.set(nulls, r);
                            anyNull = true;
                        } else if ((Boolean) value) {
                            Bits.set(values, r);
                        }
                    }
                    store = new BooleanColumn(values, anyNull ? nulls : null);
                }
                default -> {
                    long[] values = new long[rowCount];
                    for (int r = 0; r < rowCount; r++) {
                        Object value = checked.apply(r);
                        if (value == null) {
                            Bits.set(nulls, r);
                            anyNull = true;
                        } else {
                            values[r] = WholeColumn.unbox(value);
                        }
                    }
                    store = WholeColumn.of(kind, values, anyNull ? nulls : null);
                }
            }
            return add(name, kind, store);
        }

        /** Bounds the cache of filter matches and sort orders to about {@code bytes} (0 keeps none). */
        public Builder cacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("cacheBytes must be 0 or more, got " + bytes);
            }
            this.cacheBytes = bytes;
            return this;
        }

        /**
         * The data.
         *
         * @throws IllegalArgumentException if two columns share a name
         */
        public ColumnarTableData build() {
            return new ColumnarTableData(columns, stores, rowCount, cacheBytes);
        }

        private Builder whole(String name, ColumnKind kind, IntToLongFunction valueAt) {
            long[] values = new long[rowCount];
            for (int r = 0; r < rowCount; r++) {
                values[r] = valueAt.applyAsLong(r);
            }
            return add(name, kind, WholeColumn.of(kind, values, null));
        }

        private Builder add(String name, ColumnKind kind, ColumnStore store) {
            columns.add(new TableColumn(name, kind));
            stores.add(store);
            return this;
        }
    }
}
