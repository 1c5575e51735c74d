package org.panel4j.layout;

import org.panel4j.param.Param;

/** A titled box around its children that the user can collapse. */
public final class Card extends Layout {

    private final Param<String> title = Param.builder(this, "title", String.class).value("")
            .doc("The header text.").build();
    private final Param<Boolean> collapsed = Param.builder(this, "collapsed", Boolean.class).value(false)
            .clientWritable().doc("Whether only the header shows.").build();

    /** A card titled {@code title} around {@code objects}. */
    public Card(String title, Object... objects) {
        super(objects);
        this.title.set(title);
    }

    /** The header text. */
    public String getTitle() {
        return title.get();
    }

    /** Sets the header text. */
    public void setTitle(String value) {
        title.set(value);
    }

    /** The {@code title} parameter. */
    public Param<String> titleProperty() {
        return title;
    }

    /** Whether only the header shows. */
    public boolean isCollapsed() {
        return collapsed.get();
    }

    /** Collapses or expands the card. */
    public void setCollapsed(boolean value) {
        collapsed.set(value);
    }

    /** The {@code collapsed} parameter (the user toggles it). */
    public Param<Boolean> collapsedProperty() {
        return collapsed;
    }
}
