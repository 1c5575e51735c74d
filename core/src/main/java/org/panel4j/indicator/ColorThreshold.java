package org.panel4j.indicator;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of an indicator's colour scale: values up to {@code upTo} (inclusive) show {@code color}
 * (Panel's {@code (threshold, color)} tuples). A scale is a list in increasing {@code upTo} order;
 * values above the last threshold keep the last colour.
 *
 * @param upTo  the largest value shown in this colour
 * @param color a CSS colour: {@code #rrggbb}, a name such as {@code green}, or {@code rgb(…)}
 */
public record ColorThreshold(double upTo, String color) {

    /** Checks the threshold is a finite number and the colour a CSS colour. */
    public ColorThreshold {
        Objects.requireNonNull(color, "color");
        if (!Double.isFinite(upTo)) {
            throw new IllegalArgumentException("ColorThreshold upTo must be finite, got " + upTo);
        }
        String problem = CssColor.problem(color);
        if (problem != null) {
            throw new IllegalArgumentException("ColorThreshold color " + problem + ", got \"" + color + "\"");
        }
    }

    /** A threshold; same as the constructor. */
    public static ColorThreshold of(double upTo, String color) {
        return new ColorThreshold(upTo, color);
    }

    /** Null if {@code scale} is in increasing order, else the problem. */
    static @Nullable String problem(List<ColorThreshold> scale) {
        if (scale.stream().anyMatch(Objects::isNull)) {
            return "must not contain null";
        }
        for (int i = 1; i < scale.size(); i++) {
            if (scale.get(i).upTo() <= scale.get(i - 1).upTo()) {
                return "must be in increasing upTo order";
            }
        }
        return null;
    }

    /** What the browser receives: {@code [upTo, color]}. */
    Object toWire() {
        return List.of(upTo, color);
    }
}
