package org.panel4j.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rows of a query as CSV (RFC 4180, UTF-8): a header of column titles, then each row,
 * fetched a page at a time. Text starting with {@code = + - @} gets a leading apostrophe so that a
 * spreadsheet shows it rather than running it as a formula.
 */
final class CsvExport {

    /** The most rows one download holds. */
    static final int MAX_ROWS = 1_000_000;

    private CsvExport() {}

    static byte[] write(TableData data, RowQuery view, List<ColumnSpec> shown) throws InterruptedException {
        List<TableColumn> columns = data.columns();
        int[] indices = shown.stream().mapToInt(s -> RowFilter.indexOf(columns, s.name())).toArray();
        var out = new StringBuilder();
        line(out, shown.stream().map(ColumnSpec::title).map(t -> (Object) t).toList());
        long offset = 0;
        while (offset < MAX_ROWS) {
            int limit = (int) Math.min(RowQuery.MAX_LIMIT, MAX_ROWS - offset);
            RowPage page = data.query(new RowQuery(view.sort(), view.filters(), view.search(), offset, limit));
            for (List<@Nullable Object> row : page.rows()) {
                var cells = new ArrayList<@Nullable Object>(indices.length);
                for (int i : indices) {
                    cells.add(Values.toWire(row.get(i)));
                }
                line(out, cells);
            }
            offset += page.rows().size();
            if (page.rows().size() < limit) {
                break;
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<@Nullable Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
