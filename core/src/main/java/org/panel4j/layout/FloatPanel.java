package org.panel4j.layout;

import java.util.List;
import org.panel4j.param.Param;

/**
 * A panel floating above the page that holds its children (Panel's {@code layout.FloatPanel}): the user
 * drags it by its header, minimizes it to the header and closes it; the server sees {@code status} turn
 * {@code minimized} or {@code closed}, and may set it back to {@code normal}. It starts at
 * {@code position} (a corner, an edge's middle or the center of the window) moved by
 * {@code offsetX}/{@code offsetY} pixels; a drag moves it in that page only. Unlike {@link Modal}, the
 * rest of the page stays usable (a {@link Modal} is Panel's {@code Dialog} too).
 */
public final class FloatPanel extends Layout {

    /** The values of {@code status}. */
    public static final List<String> STATUSES = List.of("normal", "minimized", "closed");
    /** The values of {@code position}. */
    public static final List<String> POSITIONS = List.of("center", "left-top", "center-top", "right-top",
            "right-center", "right-bottom", "center-bottom", "left-bottom", "left-center");

    private final Param<String> name = Param.builder(this, "name", String.class).value("")
            .doc("The title in the header, also the panel's accessible name.").build();
    private final Param<String> status = Param.builder(this, "status", String.class).value("normal").clientWritable()
            .allowed(() -> STATUSES).doc("normal, minimized (only the header) or closed; the user sets it too.").build();
    private final Param<String> position = Param.builder(this, "position", String.class).value("right-top")
            .allowed(() -> POSITIONS).doc("Where in the window it starts.").build();
    private final Param<Integer> offsetX = Param.builder(this, "offsetX", Integer.class).value(0)
            .bounds(() -> -10_000, () -> 10_000).doc("Pixels right of its position (negative: left).").build();
    private final Param<Integer> offsetY = Param.builder(this, "offsetY", Integer.class).value(0)
            .bounds(() -> -10_000, () -> 10_000).doc("Pixels below its position (negative: above).").build();

    /** An open panel titled {@code name} holding {@code objects}. */
    public FloatPanel(String name, Object... objects) {
        super(objects);
        this.name.set(name);
    }

    /** The title. */
    public String getName() {
        return name.get();
    }

    /** Sets the title. */
    public void setName(String value) {
        name.set(value);
    }

    /** The {@code name} parameter. */
    public Param<String> nameProperty() {
        return name;
    }

    /** {@code normal}, {@code minimized} or {@code closed}. */
    public String getStatus() {
        return status.get();
    }

    /** Opens, minimizes or closes the panel. @throws IllegalArgumentException for another value */
    public void setStatus(String value) {
        status.set(value);
    }

    /** The {@code status} parameter (the user sets it). */
    public Param<String> statusProperty() {
        return status;
    }

    /** Where in the window it starts. */
    public String getPosition() {
        return position.get();
    }

    /** Sets where in the window it starts, one of {@link #POSITIONS}. */
    public void setPosition(String value) {
        position.set(value);
    }

    /** The {@code position} parameter. */
    public Param<String> positionProperty() {
        return position;
    }

    /** Pixels right of its position. */
    public int getOffsetX() {
        return offsetX.get();
    }

    /** Sets the pixels right of its position (negative: left). */
    public void setOffsetX(int value) {
        offsetX.set(value);
    }

    /** The {@code offsetX} parameter. */
    public Param<Integer> offsetXProperty() {
        return offsetX;
    }

    /** Pixels below its position. */
    public int getOffsetY() {
        return offsetY.get();
    }

    /** Sets the pixels below its position (negative: above). */
    public void setOffsetY(int value) {
        offsetY.set(value);
    }

    /** The {@code offsetY} parameter. */
    public Param<Integer> offsetYProperty() {
        return offsetY;
    }
}
