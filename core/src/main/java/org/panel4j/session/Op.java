package org.panel4j.session;

import java.util.List;
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
     * Rows appended to a column data source, then trimmed to the last {@code rollover} rows.
     *
     * @param id       the data source id
     * @param columns  column name to a list or primitive array of new values, all of one length
     * @param rollover the number of rows to keep, or 0 for all
     */
    record StreamRows(String id, Map<String, Object> columns, int rollover) implements Op {}

    /**
     * Single rows of a column data source replaced in place.
     *
     * @param id      the data source id
     * @param column  the column
     * @param indices the row indices
     * @param values  the new values, one per index
     */
    record PatchRows(String id, String column, int[] indices, List<Object> values) implements Op {}

    /**
     * A message for the user, shown as a toast.
     *
     * @param level   how serious it is
     * @param message the text, always shown as text
     */
    record Notify(Notification.Level level, String message) implements Op {}
}
