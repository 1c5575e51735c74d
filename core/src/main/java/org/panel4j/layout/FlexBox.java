package org.panel4j.layout;

import java.util.List;
import org.panel4j.param.Param;

/**
 * Its children in a CSS flexbox (Panel's {@code layout.FlexBox}): direction, wrapping, and how the
 * children are spread along the line ({@code justifyContent}) and placed across it ({@code alignItems}),
 * with the values CSS uses.
 */
public final class FlexBox extends Layout {

    /** The values of {@code flexDirection}. */
    public static final List<String> DIRECTIONS = List.of("row", "row-reverse", "column", "column-reverse");
    /** The values of {@code flexWrap}. */
    public static final List<String> WRAPS = List.of("wrap", "nowrap", "wrap-reverse");
    /** The values of {@code justifyContent}. */
    public static final List<String> JUSTIFY = List.of("flex-start", "flex-end", "center", "space-between",
            "space-around", "space-evenly", "start", "end");
    /** The values of {@code alignItems}. */
    public static final List<String> ALIGN = List.of("flex-start", "flex-end", "center", "baseline", "stretch",
            "start", "end");

    private final Param<String> flexDirection = Param.builder(this, "flexDirection", String.class).value("row")
            .allowed(() -> DIRECTIONS).doc("The main axis: row, row-reverse, column or column-reverse.").build();
    private final Param<String> flexWrap = Param.builder(this, "flexWrap", String.class).value("wrap")
            .allowed(() -> WRAPS).doc("Whether children wrap to new lines: wrap, nowrap or wrap-reverse.").build();
    private final Param<String> justifyContent = Param.builder(this, "justifyContent", String.class).value("flex-start")
            .allowed(() -> JUSTIFY).doc("How children are spread along the main axis.").build();
    private final Param<String> alignItems = Param.builder(this, "alignItems", String.class).value("flex-start")
            .allowed(() -> ALIGN).doc("How children are placed across the main axis.").build();
    private final Param<Integer> gap = Param.builder(this, "gap", Integer.class).value(16)
            .bounds(() -> 0, () -> 400).doc("The space between children in pixels.").build();

    /** A wrapping row of {@code objects}. */
    public FlexBox(Object... objects) {
        super(objects);
    }

    /** The main axis. */
    public String getFlexDirection() {
        return flexDirection.get();
    }

    /** Sets the main axis. @throws IllegalArgumentException unless one of {@link #DIRECTIONS} */
    public void setFlexDirection(String value) {
        flexDirection.set(value);
    }

    /** The {@code flexDirection} parameter. */
    public Param<String> flexDirectionProperty() {
        return flexDirection;
    }

    /** Whether children wrap. */
    public String getFlexWrap() {
        return flexWrap.get();
    }

    /** Sets whether children wrap. @throws IllegalArgumentException unless one of {@link #WRAPS} */
    public void setFlexWrap(String value) {
        flexWrap.set(value);
    }

    /** The {@code flexWrap} parameter. */
    public Param<String> flexWrapProperty() {
        return flexWrap;
    }

    /** How children are spread along the main axis. */
    public String getJustifyContent() {
        return justifyContent.get();
    }

    /** Sets how children are spread. @throws IllegalArgumentException unless one of {@link #JUSTIFY} */
    public void setJustifyContent(String value) {
        justifyContent.set(value);
    }

    /** The {@code justifyContent} parameter. */
    public Param<String> justifyContentProperty() {
        return justifyContent;
    }

    /** How children are placed across the main axis. */
    public String getAlignItems() {
        return alignItems.get();
    }

    /** Sets how children are placed across. @throws IllegalArgumentException unless one of {@link #ALIGN} */
    public void setAlignItems(String value) {
        alignItems.set(value);
    }

    /** The {@code alignItems} parameter. */
    public Param<String> alignItemsProperty() {
        return alignItems;
    }

    /** The space between children in pixels. */
    public int getGap() {
        return gap.get();
    }

    /** Sets the space between children in pixels (0 to 400). */
    public void setGap(int value) {
        gap.set(value);
    }

    /** The {@code gap} parameter. */
    public Param<Integer> gapProperty() {
        return gap;
    }
}
