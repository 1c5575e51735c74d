package org.panel4j.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TableData} shares (docs/table-data.md): a subclass makes the data from the
 * rows given, and each test checks answers against a plain-Java reading of the contract ({@link
 * #expected}). The data's keys must be the {@code id} column, which is also the rows' position.
 */
public abstract class TableDataContract {

    /** The columns of the test rows. */
    protected static final List<TableColumn> COLUMNS = List.of(
            new TableColumn("id", ColumnKind.INTEGER),
            new TableColumn("name", ColumnKind.TEXT),
            new TableColumn("city", ColumnKind.TEXT),
            new TableColumn("amount", ColumnKind.DECIMAL),
            new TableColumn("qty", ColumnKind.INTEGER),
            new TableColumn("active", ColumnKind.BOOLEAN),
            new TableColumn("day", ColumnKind.DATE),
            new TableColumn("at", ColumnKind.DATETIME));

    private static final String[] NAMES = {"alice", "Bob", "carol", "dave", "Eve", "50%_off", "o'brien", "zoë", "ALIBI"};
    private static final String[] CITIES = {"Oslo", "Paris", null, "Lima", "paris"};

    /** The test rows: 240 of them, every column but id and name with nulls. */
    protected static final List<List<@Nullable Object>> ROWS = rows(240);

    private TableData data;

    /** The data under test, holding {@code rows} of {@code columns}, keyed by {@code id}. */
    protected abstract TableData data(List<TableColumn> columns, List<List<@Nullable Object>> rows) throws Exception;

    /** A query on some data that takes a second or more, for the interrupt test. */
    protected abstract SlowQuery slowQuery() throws Exception;

    /** A query that takes a while. */
    public record SlowQuery(TableData data, RowQuery query) {}

    @BeforeEach
    void makeData() throws Exception {
        data = data(COLUMNS, ROWS);
    }

    static List<List<@Nullable Object>> rows(int n) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Instant base = Instant.parse("2024-03-01T00:00:00Z");
        for (int r = 0; r < n; r++) {
            List<@Nullable Object> row = new ArrayList<>();
            row.add((long) r);
            row.add(NAMES[(r * 7) % NAMES.length]);
            row.add(CITIES[(r * 3) % CITIES.length]);
            row.add(r % 7 == 0 ? null : ((r * 37) % 101) / 4.0 - 10);
            row.add(r % 5 == 0 ? null : (long) ((r * 13) % 17) - 5);
            row.add(r % 11 == 0 ? null : r % 3 == 0);
            row.add(r % 13 == 0 ? null : LocalDate.of(2024, 1, 1).plusDays((r * 7) % 60));
            row.add(r % 17 == 0 ? null : base.plusMillis((r * 3_601_001L) % 86_400_000L));
            rows.add(java.util.Collections.unmodifiableList(row));
        }
        return List.copyOf(rows);
    }

    // ---- sort

    @Test
    void unsortedRowsComeInTheDataOwnOrder() throws Exception {
        RowPage page = data.query(RowQuery.firstRows(10));
        assertThat(page.matching()).isEqualTo(240);
        assertThat(page.keys()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(page.rows()).isEqualTo(ROWS.subList(0, 10));
    }

    @Test
    void sortsAscendingWithNullsFirstAndDescendingWithNullsLast() throws Exception {
        for (TableColumn column : COLUMNS) {
            RowPage up = data.query(query(List.of(SortKey.ascending(column.name())), List.of(), "", 0, 240));
            RowPage down = data.query(query(List.of(SortKey.descending(column.name())), List.of(), "", 0, 240));
            assertThat(up).as("ascending by %s", column.name()).isEqualTo(expected(up.offset(), List.of(SortKey.ascending(column.name())), List.of(), "", 240));
            assertThat(down).as("descending by %s", column.name()).isEqualTo(expected(0, List.of(SortKey.descending(column.name())), List.of(), "", 240));
        }
        RowPage byAmount = data.query(query(List.of(SortKey.ascending("amount")), List.of(), "", 0, 240));
        assertThat(byAmount.rows().get(0).get(3)).isNull();
        assertThat(byAmount.keys().subList(0, 3)).containsExactly(0L, 7L, 14L); // nulls in the data's order
        RowPage byAmountDown = data.query(query(List.of(SortKey.descending("amount")), List.of(), "", 0, 240));
        assertThat(byAmountDown.rows().get(239).get(3)).isNull();
        assertThat(byAmountDown.rows().get(0).get(3)).isEqualTo(15.0);
    }

    @Test
    void sortsByManyLevelsThenByTheDataOwnOrder() throws Exception {
        List<SortKey> sort = List.of(SortKey.descending("active"), SortKey.ascending("city"), SortKey.descending("qty"));
        RowPage page = data.query(query(sort, List.of(), "", 0, 240));
        assertThat(page).isEqualTo(expected(0, sort, List.of(), "", 240));
        // ties at every level keep ascending ids
        List<SortKey> coarse = List.of(SortKey.ascending("city"));
        List<Object> keys = data.query(query(coarse, List.of(), "", 0, 240)).keys();
        List<Object> paris = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            if ("Paris".equals(ROWS.get((int) (long) (Long) keys.get(i)).get(2))) {
                paris.add(keys.get(i));
            }
        }
        assertThat(paris).isSortedAccordingTo(Comparator.comparingLong(k -> (Long) k));
    }

    // ---- filters

    @Test
    void containsIgnoresCaseAndTakesWildcardsLiterally() throws Exception {
        assertThat(names(new ColumnFilter.Contains("name", "ALI"))).containsOnly("alice", "ALIBI");
        assertThat(names(new ColumnFilter.Contains("name", "%"))).containsOnly("50%_off");
        assertThat(names(new ColumnFilter.Contains("name", "_"))).containsOnly("50%_off");
        assertThat(names(new ColumnFilter.Contains("name", "o'b"))).containsOnly("o'brien");
        assertThat(names(new ColumnFilter.Contains("name", "Ë"))).containsOnly("zoë");
        assertThat(names(new ColumnFilter.Contains("name", "nobody"))).isEmpty();
        assertThat(data.query(query(List.of(), List.of(new ColumnFilter.Contains("city", "PAR")), "", 0, 240)))
                .isEqualTo(expected(0, List.of(), List.of(new ColumnFilter.Contains("city", "PAR")), "", 240));
    }

    @Test
    void betweenPerOrderedKindWithOpenBoundsAndNoNulls() throws Exception {
        List<ColumnFilter> filters = List.of(
                new ColumnFilter.Between("qty", 0L, 5L),
                new ColumnFilter.Between("qty", null, -1L),
                new ColumnFilter.Between("id", 230L, null),
                new ColumnFilter.Between("amount", -2.5, 7.75),
                new ColumnFilter.Between("amount", 10.0, null),
                new ColumnFilter.Between("day", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 20)),
                new ColumnFilter.Between("at", Instant.parse("2024-03-01T06:00:00Z"), Instant.parse("2024-03-01T12:00:00.0005Z")),
                new ColumnFilter.Between("at", Instant.parse("2024-03-01T06:00:00.0005Z"), null),
                new ColumnFilter.Between("amount", null, null));
        for (ColumnFilter filter : filters) {
            RowPage page = data.query(query(List.of(), List.of(filter), "", 0, 240));
            assertThat(page).as("%s", filter).isEqualTo(expected(0, List.of(), List.of(filter), "", 240));
        }
        RowPage qty = data.query(query(List.of(), List.of(new ColumnFilter.Between("qty", 0L, 5L)), "", 0, 240));
        assertThat(qty.matching()).isPositive().isLessThan(240);
        assertThat(qty.rows()).allSatisfy(row -> assertThat((Long) row.get(4)).isBetween(0L, 5L));
        // both bounds open is no condition at all: nulls pass too
        assertThat(data.query(query(List.of(), List.of(new ColumnFilter.Between("amount", null, null)), "", 0, 1)).matching())
                .isEqualTo(240);
    }

    @Test
    void oneOfPerKind() throws Exception {
        List<ColumnFilter> filters = List.of(
                new ColumnFilter.OneOf("name", Set.of("Bob", "zoë", "nobody")),
                new ColumnFilter.OneOf("city", Set.of("Paris")),
                new ColumnFilter.OneOf("qty", Set.of(-5L, 0L, 11L)),
                new ColumnFilter.OneOf("amount", Set.of(-10.0, 15.0, 0.25)),
                new ColumnFilter.OneOf("active", Set.of(true)),
                new ColumnFilter.OneOf("active", Set.of(true, false)),
                new ColumnFilter.OneOf("day", Set.of(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 1))),
                new ColumnFilter.OneOf("at", Set.of((Instant) ROWS.get(5).get(7), (Instant) ROWS.get(9).get(7))),
                new ColumnFilter.OneOf("qty", Set.of()));
        for (ColumnFilter filter : filters) {
            RowPage page = data.query(query(List.of(), List.of(filter), "", 0, 240));
            assertThat(page).as("%s", filter).isEqualTo(expected(0, List.of(), List.of(filter), "", 240));
        }
        assertThat(data.query(query(List.of(), List.of(new ColumnFilter.OneOf("active", Set.of(true, false))), "", 0, 0)).matching())
                .as("nulls are in no set").isEqualTo(240 - 22);
        assertThat(data.query(query(List.of(), List.of(new ColumnFilter.OneOf("qty", Set.of())), "", 0, 10)).matching()).isZero();
    }

    @Test
    void everyFilterMustPassAndSearchLooksAtEveryTextColumn() throws Exception {
        List<ColumnFilter> filters = List.of(
                new ColumnFilter.Between("amount", 0.0, null),
                new ColumnFilter.OneOf("active", Set.of(false)),
                new ColumnFilter.Contains("city", "i"));
        RowPage page = data.query(query(List.of(SortKey.descending("amount")), filters, "a", 0, 240));
        assertThat(page).isEqualTo(expected(0, List.of(SortKey.descending("amount")), filters, "a", 240));
        assertThat(page.matching()).isPositive();
        RowPage lima = data.query(query(List.of(), List.of(), "LIM", 0, 240));
        assertThat(lima.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Lima"));
        assertThat(data.query(query(List.of(), List.of(), "zzz", 0, 10)).matching()).isZero();
    }

    // ---- paging and counts

    @Test
    void pagesThroughTheMatchesAndPastTheirEnd() throws Exception {
        List<SortKey> sort = List.of(SortKey.ascending("name"));
        List<ColumnFilter> filters = List.of(new ColumnFilter.Between("qty", -5L, 3L));
        long matching = expected(0, sort, filters, "", 240).matching();
        List<Object> all = new ArrayList<>();
        for (long offset = 0; offset < matching + 20; offset += 17) {
            RowPage page = data.query(query(sort, filters, "", offset, 17));
            assertThat(page.offset()).isEqualTo(offset);
            assertThat(page.matching()).isEqualTo(matching);
            assertThat(page).isEqualTo(expected(offset, sort, filters, "", 17));
            all.addAll(page.keys());
        }
        assertThat(all).hasSize((int) matching).doesNotHaveDuplicates();
        RowPage past = data.query(query(sort, filters, "", 1_000_000, 50));
        assertThat(past.rows()).isEmpty();
        assertThat(past.matching()).isEqualTo(matching);
        RowPage none = data.query(query(sort, filters, "", 0, 0));
        assertThat(none.rows()).isEmpty();
        assertThat(none.matching()).isEqualTo(matching);
    }

    @Test
    void manyRandomQueriesAnswerAsThePlainReading() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 150; i++) {
            RowQuery query = randomQuery(random);
            assertThat(data.query(query)).as("%s", query)
                    .isEqualTo(expected(query.offset(), query.sort(), query.filters(), query.search(), query.limit()));
        }
    }

    // ---- refusals

    @Test
    void refusesUnknownColumnsAndValuesOfAnotherType() {
        List<RowQuery> bad = List.of(
                query(List.of(SortKey.ascending("nope")), List.of(), "", 0, 10),
                query(List.of(SortKey.ascending("x'; DROP TABLE t; --")), List.of(), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.Contains("\"a\" OR 1=1", "x")), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.Between("qty", 1, null)), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.Between("amount", 1L, null)), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.Between("day", Instant.EPOCH, null)), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.Between("name", "a", "b")), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.Between("active", null, true)), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.Contains("qty", "1")), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.OneOf("qty", Set.of("1"))), "", 0, 10),
                query(List.of(), List.of(new ColumnFilter.OneOf("at", Set.of(LocalDate.EPOCH))), "", 0, 10));
        for (RowQuery query : bad) {
            assertThatThrownBy(() -> data.query(query)).as("%s", query).isInstanceOf(IllegalArgumentException.class);
        }
        String longName = "n".repeat(5_000);
        assertThatThrownBy(() -> data.query(query(List.of(SortKey.ascending(longName)), List.of(), "", 0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    // ---- interrupts and sharing

    @Test
    void anInterruptedCallerGetsInterruptedException() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> data.query(RowQuery.firstRows(10))).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptStopsALongQueryPromptly() throws Exception {
        SlowQuery slow = slowQuery();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().start(() -> {
            started.countDown();
            try {
                outcome.set(slow.data().query(slow.query()));
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        started.await();
        // let the query get going; the assertion below is on the time from the interrupt to the exit
        worker.join(Duration.ofMillis(300));
        long interruptedAt = System.nanoTime();
        worker.interrupt();
        worker.join(Duration.ofSeconds(30));
        long tookMs = (System.nanoTime() - interruptedAt) / 1_000_000;
        assertThat(worker.isAlive()).isFalse();
        assertThat(outcome.get()).as("the slow query must still be running when interrupted")
                .isInstanceOf(InterruptedException.class);
        assertThat(tookMs).as("ms from interrupt to InterruptedException").isLessThan(3_000);
    }

    @Test
    void manyVirtualThreadsAtOnceGetTheSameAnswersAsOne() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<RowQuery> queries = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            queries.add(randomQuery(random));
        }
        List<RowPage> answers = new ArrayList<>();
        for (RowQuery query : queries) {
            answers.add(data.query(query));
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int first = t;
                checks.add(threads.submit(() -> {
                    for (int i = 0; i < queries.size(); i++) {
                        int q = (first + i) % queries.size();
                        if (!data.query(queries.get(q)).equals(answers.get(q))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get(120, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    // ---- the plain reading of the contract

    /** The page the contract asks for, computed naively from {@link #ROWS}. */
    protected static RowPage expected(long offset, List<SortKey> sort, List<ColumnFilter> filters, String search, int limit) {
        List<List<@Nullable Object>> matching = ROWS.stream()
                .filter(row -> filters.stream().allMatch(f -> passes(f, row)))
                .filter(row -> search.isEmpty() || textColumns().stream().anyMatch(c -> contains(row.get(c), search)))
                .sorted(order(sort))
                .toList();
        List<List<@Nullable Object>> page = matching.subList((int) Math.min(offset, matching.size()),
                (int) Math.min(offset + limit, matching.size()));
        return new RowPage(offset, matching.size(), page.stream().map(row -> (Object) row.get(0)).toList(), page);
    }

    private static List<Integer> textColumns() {
        List<Integer> texts = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (COLUMNS.get(c).kind() == ColumnKind.TEXT) {
                texts.add(c);
            }
        }
        return texts;
    }

    private static boolean contains(@Nullable Object value, String text) {
        return value != null && ((String) value).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean passes(ColumnFilter filter, List<@Nullable Object> row) {
        int c = indexOf(filter.column());
        Object value = row.get(c);
        return switch (filter) {
            case ColumnFilter.Contains contains -> contains(value, contains.text());
            case ColumnFilter.Between between -> (between.min() == null && between.max() == null)
                    || (value != null
                            && (between.min() == null || ((Comparable) value).compareTo(between.min()) >= 0)
                            && (between.max() == null || ((Comparable) value).compareTo(between.max()) <= 0));
            case ColumnFilter.OneOf oneOf -> value != null && oneOf.values().contains(value);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<List<@Nullable Object>> order(List<SortKey> sort) {
        Comparator<List<@Nullable Object>> order = (a, b) -> 0;
        for (SortKey key : sort) {
            int c = indexOf(key.column());
            Comparator<Comparable> values = key.descending()
                    ? Comparator.nullsLast(Comparator.<Comparable>reverseOrder())
                    : Comparator.nullsFirst(Comparator.<Comparable>naturalOrder());
            order = order.thenComparing(row -> (Comparable) row.get(c), values);
        }
        return order.thenComparing(row -> (Long) row.get(0));
    }

    private static int indexOf(String column) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (COLUMNS.get(c).name().equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException(column);
    }

    private List<Object> names(ColumnFilter filter) throws InterruptedException {
        RowPage page = data.query(query(List.of(), List.of(filter), "", 0, 240));
        assertThat(page).isEqualTo(expected(0, List.of(), List.of(filter), "", 240));
        return new ArrayList<>(new HashSet<>(page.rows().stream().map(row -> row.get(1)).toList()));
    }

    protected static RowQuery query(List<SortKey> sort, List<ColumnFilter> filters, String search, long offset, int limit) {
        return new RowQuery(sort, filters, search, offset, limit);
    }

    private static RowQuery randomQuery(SplittableRandom random) {
        List<SortKey> sort = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String column = COLUMNS.get(random.nextInt(COLUMNS.size())).name();
            sort.add(new SortKey(column, random.nextBoolean()));
        }
        List<ColumnFilter> filters = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            filters.add(randomFilter(random));
        }
        String search = random.nextInt(4) == 0 ? List.of("a", "ris", "O", "%").get(random.nextInt(4)) : "";
        return query(sort, filters, search, random.nextInt(4) == 0 ? random.nextInt(260) : 0, random.nextInt(1, 60));
    }

    private static ColumnFilter randomFilter(SplittableRandom random) {
        List<@Nullable Object> row = ROWS.get(random.nextInt(ROWS.size()));
        List<@Nullable Object> other = ROWS.get(random.nextInt(ROWS.size()));
        int c = random.nextInt(COLUMNS.size());
        TableColumn column = COLUMNS.get(c);
        Object a = row.get(c);
        Object b = other.get(c);
        Predicate<Object> present = v -> v != null;
        if (column.kind() == ColumnKind.TEXT) {
            return random.nextBoolean() && present.test(a)
                    ? new ColumnFilter.Contains(column.name(), ((String) a).substring(1, 3))
                    : new ColumnFilter.OneOf(column.name(), present.test(a) ? Set.of(a) : Set.of());
        }
        if (!column.kind().isOrdered() || random.nextInt(3) == 0) {
            Set<Object> values = new HashSet<>();
            if (present.test(a)) {
                values.add(a);
            }
            if (present.test(b)) {
                values.add(b);
            }
            return new ColumnFilter.OneOf(column.name(), values);
        }
        return new ColumnFilter.Between(column.name(), a, random.nextBoolean() ? null : b);
    }
}
