package org.panel4j.widget;

/** How {@link AutocompleteInput} matches the text typed against its options. */
public enum SearchStrategy {
    /** Options that start with the text. */
    STARTS_WITH,
    /** Options that contain the text anywhere. */
    INCLUDES
}
