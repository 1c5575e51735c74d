package org.panel4j.layout;

import org.panel4j.component.Component;

/** A horizontal line between components (Panel's {@code layout.Divider}). */
public final class Divider extends Component {

    /** A new Divider. */
    public Divider() {}
}
