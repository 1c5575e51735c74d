package org.panel4j.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.Param;

/**
 * A title, the last value of a data series, its change from the value before (in per cent, green
 * when up, red when down) and a sparkline of the series (Panel's {@code indicators.Trend}).
 *
 * {@snippet :
 * var visits = new Trend("Visits", List.of(120.0, 132.0, 128.0, 151.0));
 * visits.append(160.0);   // the sparkline and the change follow
 * }
 */
public final class Trend extends Component {

    /** The plot types, as in Panel. */
    public static final List<String> PLOT_TYPES = List.of("line", "area", "step", "bar");
    /** The most points a series may hold. */
    public static final int MAX_POINTS = 10_000;

    private final Param<String> title = Param.builder(this, "title", String.class).value("")
            .doc("The title above the value.").build();
    private final Param<List<Double>> data = Param.<List<Double>>builder(this, "data").value(List.of())
            .check(Trend::dataProblem).doc("The series, oldest first; the last point is the value shown.").build();
    private final Param<String> plotType = Param.builder(this, "plotType", String.class).value("area")
            .allowed(() -> PLOT_TYPES).doc("How the series is drawn: line, area, step or bar.").build();
    private final Param<String> posColor = Param.builder(this, "posColor", String.class).value("#198754")
            .check(CssColor::problem).doc("The colour of a rise.").build();
    private final Param<String> negColor = Param.builder(this, "negColor", String.class).value("#dc3545")
            .check(CssColor::problem).doc("The colour of a fall.").build();

    /** A trend titled {@code title} of {@code series}. */
    public Trend(String title, List<Double> series) {
        this.title.set(title);
        setData(series);
    }

    /** A trend titled {@code title} with no data yet. */
    public Trend(String title) {
        this(title, List.of());
    }

    private static @Nullable String dataProblem(List<Double> value) {
        if (value.size() > MAX_POINTS) {
            return "must hold at most " + MAX_POINTS + " points";
        }
        return value.stream().allMatch(v -> v != null && Double.isFinite(v)) ? null : "must hold only finite numbers";
    }

    /** Appends {@code point}, dropping the oldest points beyond {@code rollover} (if positive). */
    public void append(double point, int rollover) {
        data.update(list -> {
            var next = new java.util.ArrayList<>(list);
            next.add(point);
            int drop = rollover > 0 ? Math.max(0, next.size() - rollover) : 0;
            return List.copyOf(next.subList(drop, next.size()));
        });
    }

    /** Appends {@code point}. */
    public void append(double point) {
        append(point, 0);
    }

    /** The last point, or null for an empty series. */
    public @Nullable Double getValue() {
        List<Double> series = data.get();
        return series.isEmpty() ? null : series.get(series.size() - 1);
    }

    /**
     * The change of the last point from the one before, as a fraction (0.1 is +10 %), or null with
     * fewer than two points or a previous point of 0.
     */
    public @Nullable Double getValueChange() {
        List<Double> series = data.get();
        if (series.size() < 2 || series.get(series.size() - 2) == 0) {
            return null;
        }
        double before = series.get(series.size() - 2);
        return (series.get(series.size() - 1) - before) / Math.abs(before);
    }

    /** The title. */
    public String getTitle() {
        return title.get();
    }

    /** Sets the title. */
    public void setTitle(String value) {
        title.set(value);
    }

    /** The {@code title} parameter. */
    public Param<String> titleProperty() {
        return title;
    }

    /** The series, oldest first. */
    public List<Double> getData() {
        return data.get();
    }

    /** Replaces the series. @throws IllegalArgumentException for a non-finite point or too many */
    public void setData(List<Double> value) {
        data.set(List.copyOf(value));
    }

    /** The {@code data} parameter. */
    public Param<List<Double>> dataProperty() {
        return data;
    }

    /** How the series is drawn. */
    public String getPlotType() {
        return plotType.get();
    }

    /** Sets how the series is drawn. @throws IllegalArgumentException unless one of {@link #PLOT_TYPES} */
    public void setPlotType(String value) {
        plotType.set(value);
    }

    /** The {@code plotType} parameter. */
    public Param<String> plotTypeProperty() {
        return plotType;
    }

    /** The colour of a rise. */
    public String getPosColor() {
        return posColor.get();
    }

    /** Sets the colour of a rise. @throws IllegalArgumentException if not a CSS colour */
    public void setPosColor(String value) {
        posColor.set(value);
    }

    /** The {@code posColor} parameter. */
    public Param<String> posColorProperty() {
        return posColor;
    }

    /** The colour of a fall. */
    public String getNegColor() {
        return negColor.get();
    }

    /** Sets the colour of a fall. @throws IllegalArgumentException if not a CSS colour */
    public void setNegColor(String value) {
        negColor.set(value);
    }

    /** The {@code negColor} parameter. */
    public Param<String> negColorProperty() {
        return negColor;
    }
}
