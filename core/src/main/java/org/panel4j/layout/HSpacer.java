package org.panel4j.layout;

import org.panel4j.component.Component;

/** A space that takes the width left in a row, pushing its siblings apart (Panel's {@code layout.HSpacer}). */
public final class HSpacer extends Component {

    /** A new HSpacer. */
    public HSpacer() {}
}
