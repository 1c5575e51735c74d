package org.panel4j.table;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.panel4j.indicator.ColorThreshold;

/**
 * How a column's cells are shown in the page (Tabulator's formatters). The page formats; the values
 * stay as they are, so sorting, filtering, editing and the CSV download see the values themselves.
 */
public sealed interface CellFormat {

    /** The value as text. */
    record Plain() implements CellFormat {}

    /**
     * A number with digit grouping and a fixed number of decimals.
     *
     * @param decimals digits after the point, 0 to 10
     */
    record Number(int decimals) implements CellFormat {
        /** Checks the decimals. */
        public Number {
            if (decimals < 0 || decimals > 10) {
                throw new IllegalArgumentException("CellFormat.number: decimals must be 0 to 10, got " + decimals);
            }
        }
    }

    /**
     * A moment (DATETIME, epoch milliseconds) as {@code yyyy-MM-dd HH:mm:ss} in {@code zone}; a date
     * (DATE) as {@code yyyy-MM-dd}, without a zone.
     *
     * @param zone the time zone moments are shown in, e.g. {@code UTC} or {@code Europe/Paris}
     */
    record DateTime(ZoneId zone) implements CellFormat {
        /** Checks the zone is present. */
        public DateTime {
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** Yes/no as a tick or a cross. */
    record Tick() implements CellFormat {}

    /**
     * A bar filled in proportion to the value, from 0 to {@code max}.
     *
     * @param max the value of a full bar, more than 0
     */
    record Progress(double max) implements CellFormat {
        /** Checks the maximum. */
        public Progress {
            if (!(max > 0) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("CellFormat.progress: max must be finite and more than 0, got " + max);
            }
        }
    }

    /** The value as a link, opened in a new tab; only {@code http:} and {@code https:} addresses are links. */
    record Link() implements CellFormat {}

    /**
     * The number on a background coloured by the first threshold at or above it.
     *
     * @param thresholds the colour steps, in increasing order
     */
    record Colors(List<ColorThreshold> thresholds) implements CellFormat {
        /** Copies and checks the steps. */
        public Colors {
            thresholds = List.copyOf(thresholds);
            if (thresholds.isEmpty()) {
                throw new IllegalArgumentException("CellFormat.colors needs at least one threshold");
            }
            for (int i = 1; i < thresholds.size(); i++) {
                if (thresholds.get(i).upTo() <= thresholds.get(i - 1).upTo()) {
                    throw new IllegalArgumentException("CellFormat.colors: thresholds must increase");
                }
            }
        }
    }

    /**
     * A button in every row labelled {@code label}; a click calls the table's
     * {@link Table#onCellClick} callbacks with the row.
     *
     * @param label the button's text, 1 to 64 characters
     */
    record Button(String label) implements CellFormat {
        /** Checks the label. */
        public Button {
            Objects.requireNonNull(label, "label");
            if (label.isBlank() || label.length() > 64) {
                throw new IllegalArgumentException("CellFormat.button: a label of 1 to 64 characters, got \"" + label + "\"");
            }
        }
    }

    /** The value as text. */
    static CellFormat plain() {
        return new Plain();
    }

    /** Digit grouping and {@code decimals} decimals. */
    static CellFormat number(int decimals) {
        return new Number(decimals);
    }

    /** Moments in {@code zone}, dates as they are. */
    static CellFormat dateTime(ZoneId zone) {
        return new DateTime(zone);
    }

    /** A tick or a cross. */
    static CellFormat tick() {
        return new Tick();
    }

    /** A bar from 0 to {@code max}. */
    static CellFormat progress(double max) {
        return new Progress(max);
    }

    /** A link. */
    static CellFormat link() {
        return new Link();
    }

    /** A background coloured by {@code thresholds}. */
    static CellFormat colors(ColorThreshold... thresholds) {
        return new Colors(List.of(thresholds));
    }

    /** A button labelled {@code label} in every row. */
    static CellFormat button(String label) {
        return new Button(label);
    }

    /** The format a column of {@code kind} gets unless told otherwise; moments in {@code zone}. */
    static CellFormat defaultFor(ColumnKind kind, ZoneId zone) {
        return switch (kind) {
            case TEXT -> plain();
            case INTEGER -> number(0);
            case DECIMAL -> number(2);
            case BOOLEAN -> tick();
            case DATE, DATETIME -> dateTime(zone);
        };
    }

    /** The wire form: {@code {"type": "number", "decimals": 2}} and the like. */
    default Map<String, Object> toWire() {
        var wire = new LinkedHashMap<String, Object>();
        switch (this) {
            case Plain p -> wire.put("type", "plain");
            case Number n -> {
                wire.put("type", "number");
                wire.put("decimals", n.decimals());
            }
            case DateTime d -> {
                wire.put("type", "dateTime");
                wire.put("zone", d.zone().normalized().equals(ZoneOffset.UTC) ? "UTC" : d.zone().getId());
            }
            case Tick t -> wire.put("type", "tick");
            case Progress p -> {
                wire.put("type", "progress");
                wire.put("max", p.max());
            }
            case Link l -> wire.put("type", "link");
            case Colors c -> {
                wire.put("type", "colors");
                wire.put("thresholds", c.thresholds().stream()
                        .map(t -> Map.<String, Object>of("upTo", t.upTo(), "color", t.color())).toList());
            }
            case Button b -> {
                wire.put("type", "button");
                wire.put("label", b.label());
            }
        }
        return wire;
    }
}
