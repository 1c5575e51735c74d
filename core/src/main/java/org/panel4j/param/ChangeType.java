package org.panel4j.param;

/** Why a watcher is called. */
public enum ChangeType {
    /** The value changed. */
    CHANGED,
    /** The value was set to what it already was (only watchers with {@code onlyChanged=false} see it). */
    SET,
    /** {@link Param#trigger()} was called: every watcher runs, the value unchanged. */
    TRIGGERED
}
