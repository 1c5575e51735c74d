package org.panel4j.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;

/**
 * Reads the page's view request ({@code sort}, {@code filters}, {@code search}, and for a remote table
 * {@code offset} and {@code limit}) into a bounded {@link RowQuery} over a table's columns. Only
 * columns the table shows are named, only as their spec allows (sortable, through their own header
 * filter), with values of their kind; anything else is refused with a {@link ClientInputException}
 * before anything changes. Column names are only ever looked up, never used otherwise.
 */
final class QueryDecoder {

    /** The most rows one page request may ask for. */
    static final int MAX_PAGE_SIZE = 1_000;
    /** The largest offset a page request may name. */
    static final long MAX_OFFSET = 1_000_000_000_000L;

    private final Map<String, ColumnSpec> specs;
    private final String label;

    QueryDecoder(Map<String, ColumnSpec> specs, String label) {
        this.specs = specs;
        this.label = label;
    }

    /** The query of a page request: sort, filters, search, offset, limit. */
    RowQuery page(Map<String, Object> payload) {
        long offset = whole(payload.get("offset"), "offset", 0, MAX_OFFSET);
        long limit = whole(payload.get("limit"), "limit", 1, MAX_PAGE_SIZE);
        return new RowQuery(sort(payload.get("sort")), filters(payload.get("filters")), search(payload.get("search")),
                offset, (int) limit);
    }

    /** The view of a local table (no page): sort, filters, search. */
    RowQuery view(Map<String, Object> payload) {
        return new RowQuery(sort(payload.get("sort")), filters(payload.get("filters")), search(payload.get("search")),
                0, 0);
    }

    static long whole(@Nullable Object value, String what, long min, long max) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < min || n.doubleValue() > max) {
            throw invalid(what + " must be a whole number from " + min + " to " + max + ", got " + ClientText.bounded(value));
        }
        return n.longValue();
    }

    private String search(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof String s) || s.length() > RowQuery.MAX_TEXT_LENGTH) {
            throw invalid("search must be text of at most " + RowQuery.MAX_TEXT_LENGTH + " characters");
        }
        return s;
    }

    private List<SortKey> sort(@Nullable Object value) {
        List<?> list = list(value, "sort", RowQuery.MAX_SORT_KEYS);
        var keys = new ArrayList<SortKey>();
        var seen = new HashSet<String>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("descending") instanceof Boolean descending)) {
                throw invalid("a sort level is {\"column\": name, \"descending\": true|false}");
            }
            ColumnSpec spec = spec(map.get("column"));
            if (!spec.sortable()) {
                throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED,
                        label + ": column '" + ClientText.bounded(spec.name()) + "' is not sortable");
            }
            if (!seen.add(spec.name())) {
                throw invalid("column '" + ClientText.bounded(spec.name()) + "' is sorted twice");
            }
            keys.add(new SortKey(spec.name(), descending));
        }
        return keys;
    }

    private List<ColumnFilter> filters(@Nullable Object value) {
        List<?> list = list(value, "filters", Math.min(RowQuery.MAX_FILTERS, specs.size()));
        var filters = new ArrayList<ColumnFilter>();
        var seen = new HashSet<String>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("type") instanceof String type)) {
                throw invalid("a filter is {\"column\": name, \"type\": \"contains\"|\"between\"|\"oneOf\", …}");
            }
            ColumnSpec spec = spec(map.get("column"));
            if (!seen.add(spec.name())) {
                throw invalid("column '" + ClientText.bounded(spec.name()) + "' is filtered twice");
            }
            HeaderFilter needed = switch (type) {
                case "contains" -> HeaderFilter.TEXT;
                case "between" -> spec.kind() == ColumnKind.DATE || spec.kind() == ColumnKind.DATETIME
                        ? HeaderFilter.DATE_RANGE : HeaderFilter.RANGE;
                case "oneOf" -> HeaderFilter.SELECT;
                default -> throw invalid("unknown filter type '" + ClientText.bounded(type) + "'");
            };
            if (spec.headerFilter() != needed) {
                throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED, label + ": column '"
                        + ClientText.bounded(spec.name()) + "' has no " + type + " filter");
            }
            String what = "the filter of '" + ClientText.bounded(spec.name()) + "'";
            filters.add(switch (type) {
                case "contains" -> {
                    Object text = map.get("text");
                    yield new ColumnFilter.Contains(spec.name(), (String) Values.fromClient(ColumnKind.TEXT, text, what));
                }
                case "between" -> {
                    Object min = map.get("min") == null ? null : Values.fromClient(spec.kind(), map.get("min"), what);
                    Object max = map.get("max") == null ? null : Values.fromClient(spec.kind(), map.get("max"), what);
                    yield new ColumnFilter.Between(spec.name(), min, max);
                }
                default -> {
                    List<?> values = list(map.get("values"), what, RowQuery.MAX_CHOICES);
                    Set<Object> decoded = new HashSet<>();
                    for (Object v : values) {
                        decoded.add(Values.fromClient(spec.kind(), v, what));
                    }
                    yield new ColumnFilter.OneOf(spec.name(), decoded);
                }
            });
        }
        return filters;
    }

    private ColumnSpec spec(@Nullable Object name) {
        ColumnSpec spec = name instanceof String s ? specs.get(s) : null;
        if (spec == null || spec.hidden()) {
            throw invalid("unknown column " + ClientText.bounded(name));
        }
        return spec;
    }

    private static List<?> list(@Nullable Object value, String what, int max) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(what + " must be a list");
        }
        if (list.size() > max) {
            throw invalid(what + " has at most " + max + " entries, got " + list.size());
        }
        return list;
    }

    private static ClientInputException invalid(String message) {
        return new ClientInputException(ClientInputException.Code.INVALID_VALUE, message);
    }
}
