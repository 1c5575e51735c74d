package org.panel4j.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Op;
import org.panel4j.session.Pending;
import org.panel4j.session.PropKey;

/**
 * What one session has yet to receive of one {@link ColumnDataSource}, under the source's single
 * coalescing key. A replace ({@code setData}) supersedes everything before it and, until drained,
 * absorbs everything after it (it sends the data as they are when drained). Otherwise streamed rows
 * are concatenated and trimmed to the rows the source keeps, and patches keep the last value per
 * row, so memory is bounded by the rollover and the rows patched, never by the number of calls.
 *
 * <p>Each session gets its own instance: {@link #mergeAfter} grows the older entry in place, under
 * the outbox's lock, and the outbox never touches an entry again once drained. The arrays of a fresh
 * entry are shared between sessions and never written.
 */
final class DataPending implements Pending {

    private final ColumnDataSource source;
    private final PropKey key;
    private boolean replace;
    private long version;
    private long firstKept;
    /** Streamed rows: either the shared arrays of one call, or columns of our own after a merge. */
    private @Nullable Map<String, Object> sharedRows;
    private @Nullable LinkedHashMap<String, Column> ownRows;
    private long start;
    private int rowCount;
    private int keep;
    private @Nullable LinkedHashMap<String, PatchSet> patches;

    private DataPending(ColumnDataSource source, PropKey key, long version, long firstKept) {
        this.source = source;
        this.key = key;
        this.version = version;
        this.firstKept = firstKept;
    }

    static DataPending replace(ColumnDataSource source, PropKey key, long version) {
        var pending = new DataPending(source, key, version, 0);
        pending.replace = true;
        return pending;
    }

    /** Rows {@code start ..} (arrays of one length, never written again); the source then holds {@code keep}. */
    static DataPending stream(ColumnDataSource source, PropKey key, Map<String, Object> rows, int rowCount,
                              long start, int keep, long version) {
        var pending = new DataPending(source, key, version, start + rowCount - keep);
        pending.sharedRows = rows;
        pending.rowCount = rowCount;
        pending.start = start;
        pending.keep = keep;
        return pending;
    }

    /** Row {@code ordinals[i]} of {@code column} now holds {@code values} row i. */
    static DataPending patch(ColumnDataSource source, PropKey key, String column, long[] ordinals, Column values,
                             long firstKept, long version) {
        var pending = new DataPending(source, key, version, firstKept);
        var set = new PatchSet(values.type());
        for (int i = 0; i < ordinals.length; i++) {
            set.put(ordinals[i], values, i);
        }
        pending.patches = new LinkedHashMap<>(Map.of(column, set));
        return pending;
    }

    @Override
    public Object key() {
        return key;
    }

    @Override
    public Pending mergeAfter(Pending older) {
        if (replace || !(older instanceof DataPending before)) {
            return this;
        }
        before.version = version;
        if (before.replace) {
            return before;
        }
        before.firstKept = firstKept;
        if (rowCount > 0) {
            before.appendRows(this);
        }
        if (patches != null) {
            patches.forEach((column, set) -> before.addPatches(column, set));
        }
        before.pruneRolledOff();
        return before;
    }

    /**
     * Appends the rows of {@code newer}, which follow ours: the one call's arrays of a fresh entry, or,
     * when a flush folds the live entries into those it froze earlier, the columns of an entry that
     * already merged several calls (taking only the arrays lost those rows, and the page then missed them).
     */
    private void appendRows(DataPending newer) {
        if (sharedRows == null && ownRows == null) {
            sharedRows = newer.sharedRows;
            ownRows = newer.ownRows;   // newer is dropped after the merge: its columns become ours
            start = newer.start;
            rowCount = newer.rowCount;
        } else {
            LinkedHashMap<String, Column> own = ownRows();
            if (newer.sharedRows != null) {
                newer.sharedRows.forEach((name, values) -> own.get(name).append(values, 0, newer.rowCount));
            } else {
                newer.ownRows.forEach((name, column) -> own.get(name).append(column));
            }
            rowCount += newer.rowCount;
        }
        keep = newer.keep;
        if (rowCount > keep) {
            LinkedHashMap<String, Column> own = ownRows();
            own.values().forEach(column -> column.keepLast(keep));
            start += rowCount - keep;
            rowCount = keep;
        }
    }

    private LinkedHashMap<String, Column> ownRows() {
        if (ownRows == null) {
            ownRows = new LinkedHashMap<>();
            sharedRows.forEach((name, values) -> ownRows.put(name, Column.of(
                    ColumnDataSource.typeOf(values), values)));
            sharedRows = null;
        }
        return ownRows;
    }

    /** Folds patches of rows we are streaming into those rows; keeps the others by ordinal. */
    private void addPatches(String column, PatchSet newer) {
        PatchSet.Entries entries = newer.entries(Long.MIN_VALUE);
        for (int i = 0; i < entries.indices().length; i++) {
            long ordinal = entries.offset() + entries.indices()[i];
            if (rowCount > 0 && ordinal >= start) {
                ownRows().get(column).setRow((int) (ordinal - start), entries.values(), i);
            } else {
                if (patches == null) {
                    patches = new LinkedHashMap<>();
                }
                patches.computeIfAbsent(column, c -> new PatchSet(entries.values().type()))
                        .put(ordinal, entries.values(), i);
            }
        }
    }

    private void pruneRolledOff() {
        if (patches != null) {
            for (PatchSet set : patches.values()) {
                if (set.size() > 64 + 2 * Math.max(keep, 0)) {
                    set.dropBefore(firstKept);
                }
            }
        }
    }

    /** The rows this entry holds for streaming (for tests of its memory bound). */
    int pendingRows() {
        return rowCount;
    }

    /** Not used: this entry may need several ops, see {@link #toOps}. */
    @Override
    public @Nullable Op toOp(long ack) {
        throw new UnsupportedOperationException("a data source entry may need several ops; use toOps");
    }

    @Override
    public List<Op> toOps(long ack) {
        if (replace) {
            return List.of(new Op.SetProp(source.id(), ColumnDataSource.DATA, source.dataWire(), 0));
        }
        var ops = new ArrayList<Op>(2);
        if (patches != null) {
            patches.forEach((column, set) -> {
                PatchSet.Entries entries = set.entries(firstKept);
                if (entries.indices().length > 0) {
                    ops.add(new Op.PatchRows(source.id(), column, entries.offset(), entries.indices(),
                            entries.values().toWire(0, entries.indices().length), version));
                }
            });
        }
        if (rowCount > 0) {
            var columns = new LinkedHashMap<String, Object>();
            if (ownRows != null) {
                ownRows.forEach((name, column) -> columns.put(name, column.toWire(0, rowCount)));
            } else {
                sharedRows.forEach((name, values) -> columns.put(name, ColumnDataSource.toWire(values)));
            }
            ops.add(new Op.StreamRows(source.id(), columns, start, keep, version));
        }
        return ops;
    }
}
