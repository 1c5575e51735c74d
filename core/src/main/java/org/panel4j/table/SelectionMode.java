package org.panel4j.table;

/** How rows of a {@link Table} can be selected in the page. */
public enum SelectionMode {
    /** Not at all. */
    NONE,
    /** One row at a time, by a click. */
    SINGLE,
    /** Several: a click selects one row, ctrl-click adds or removes one, shift-click a range. */
    MULTIPLE,
    /** Several, through a column of check boxes that each toggle their row (and one in the header for the page). */
    CHECKBOX
}
