package org.panel4j.layout;

import org.panel4j.component.Component;

/** An empty space of its width and height (Panel's {@code layout.Spacer}). */
public final class Spacer extends Component {

    /** A new Spacer. */
    public Spacer() {}
}
