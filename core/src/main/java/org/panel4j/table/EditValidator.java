package org.panel4j.table;

import org.jspecify.annotations.Nullable;

/** Checks an edit from the page before it changes the data. */
@FunctionalInterface
public interface EditValidator {

    /** Null to accept {@code edit}, else the reason it is refused (shown to the user). */
    @Nullable String problem(EditEvent edit);
}
