package org.panel4j.layout;

import org.panel4j.component.Component;

/** A space that takes the height left in a column (Panel's {@code layout.VSpacer}). */
public final class VSpacer extends Component {

    /** A new VSpacer. */
    public VSpacer() {}
}
