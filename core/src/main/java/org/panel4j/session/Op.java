package org.panel4j.session;

import java.util.Map;

/** One change a client applies, part of a {@link Batch}. The set of ops is closed. */
public sealed interface Op {

    /**
     * A property's new value.
     *
     * @param id    the component id
     * @param prop  the wire name of the property
     * @param value the wire-ready value (see {@link Node})
     * @param ack   the newest client sequence number applied to this property, 0 if none:
     *              the client drops an echo older than a value it has sent since
     */
    record SetProp(String id, String prop, Object value, long ack) implements Op {}

    /**
     * Rows streamed into a column data source. Rows are numbered by ordinals that never repeat
     * (a source's row 0 has ordinal {@code offset} in its {@code data}); the client applies the op
     * unless it already holds a newer {@code version}: rows whose ordinal it holds are overwritten,
     * the others appended (if {@code start} lies past its last row, it first drops all it holds),
     * then it keeps the last {@code rollover} rows. The same rule holds on the server, so both ends
     * agree even when several streams were merged into one op.
     *
     * @param id       the data source id
     * @param columns  column name to the new values: {@code double[]}, {@code long[]} or
     *                 {@code List<String>}, all of one length, every column of the source
     * @param start    the ordinal of the first row in {@code columns}
     * @param rollover the number of rows the source holds after this op (keep the last this many)
     * @param version  the source's version after the changes this op carries
     */
    record StreamRows(String id, Map<String, Object> columns, long start, int rollover, long version) implements Op {}

    /**
     * Single values of a column data source replaced in place. The row of {@code indices[i]} has
     * ordinal {@code offset + indices[i]}; rows the client no longer holds are skipped. Ignored by a
     * client that holds a newer {@code version}.
     *
     * @param id      the data source id
     * @param column  the column
     * @param offset  the ordinal the indices count from
     * @param indices the row positions relative to {@code offset}
     * @param values  the new values, one per index: {@code double[]}, {@code long[]} or {@code List<String>}
     * @param version the source's version after the changes this op carries
     */
    record PatchRows(String id, String column, long offset, int[] indices, Object values, long version) implements Op {}

    /**
     * A message for the user, shown as a toast.
     *
     * @param id         the notification's number in its session, for {@link Dismiss}
     * @param level      how serious it is
     * @param message    the text, always shown as text
     * @param durationMs how long it shows, 0 until dismissed
     */
    record Notify(long id, Notification.Level level, String message, long durationMs) implements Op {}

    /**
     * Removes a notification the page shows (nothing if it is gone already).
     *
     * @param id the notification's number, or 0 for every notification shown
     */
    record Dismiss(long id) implements Op {}
}
