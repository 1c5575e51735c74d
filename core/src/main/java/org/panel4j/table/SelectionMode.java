package org.panel4j.table;

/** How rows of a {@link Table} can be selected in the page. */
public enum SelectionMode {
    /** Not at all. */
    NONE,
    /** One row at a time, by a click. */
    SINGLE,
    /** Several: click toggles one row, shift-click a range. */
    MULTIPLE,
    /** Several, through a column of check boxes (and one in the header for the page). */
    CHECKBOX
}
