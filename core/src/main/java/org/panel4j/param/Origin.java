package org.panel4j.param;

/** Where a change came from. */
public enum Origin {
    /** Server code: a callback, a task, a periodic callback. */
    SERVER,
    /** The browser: a value the user typed, dragged or clicked. */
    CLIENT
}
