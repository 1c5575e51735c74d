package org.panel4j.session;

/** The root of a session's view: something that snapshots itself as a {@link Node} tree. */
@FunctionalInterface
public interface Renderable {

    /** Snapshots the whole tree, reading current values. */
    Node toNode();
}
