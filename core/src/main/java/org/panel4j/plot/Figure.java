package org.panel4j.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.component.SizingMode;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/**
 * A plot (Bokeh's {@code figure}): a title, two axes, a legend, and glyphs drawn from the columns of
 * {@link ColumnDataSource}s. The sources are the figure's children, so they reach every session that
 * shows the figure and their streams and patches reach those browsers. Thread-safe.
 *
 * {@snippet :
 * var source = new ColumnDataSource(Map.of("x", new double[] {0}, "y", new double[] {0}));
 * var figure = new Figure("Random walk").size(500, 300);
 * figure.line(source, "x", "y").color("#1f77b4").width(2).legend("walk");
 * }
 */
public final class Figure extends Component {

    private final ReentrantLock editLock = new ReentrantLock();
    private final List<GlyphRenderer> renderers = new ArrayList<>();

    private final Param<String> title = Param.builder(this, "title", String.class).value("")
            .doc("The title above the plot; empty for none.").build();
    private final Param<String> xAxisLabel = Param.builder(this, "xAxisLabel", String.class).value("")
            .doc("The label of the x axis; empty for none.").build();
    private final Param<String> yAxisLabel = Param.builder(this, "yAxisLabel", String.class).value("")
            .doc("The label of the y axis; empty for none.").build();
    private final Param<AxisType> xAxisType = Param.builder(this, "xAxisType", AxisType.class).value(AxisType.LINEAR)
            .doc("Whether x values are plain numbers or epoch milliseconds.").build();
    private final Param<Boolean> showLegend = Param.builder(this, "showLegend", Boolean.class).value(true)
            .doc("Whether the legend is drawn (it lists the glyphs that have a legend label).").build();
    private final Param<LegendPosition> legendPosition = Param.builder(this, "legendPosition", LegendPosition.class)
            .value(LegendPosition.TOP_RIGHT).doc("Where the legend is drawn.").build();
    private final Param<List<ColumnDataSource>> sources = Param.<List<ColumnDataSource>>builder(this, "sources")
            .value(List.of()).readOnly().toWire(list -> list.stream().map(ColumnDataSource::toNode).toList())
            .doc("The data sources the glyphs draw from, each once, in order of first use.").build();
    private final Param<List<Glyph>> glyphs = Param.<List<Glyph>>builder(this, "glyphs")
            .value(List.of()).readOnly().toWire(list -> list.stream().map(Glyph::toWire).toList())
            .doc("The glyphs, drawn in order.").build();

    /** An empty figure without a title. */
    public Figure() {}

    /** An empty figure titled {@code title}. */
    public Figure(String title) {
        setTitle(Objects.requireNonNull(title, "title"));
    }

    // ---- glyphs -----------------------------------------------------------------------------

    /** Adds a line through {@code (x, y)} of {@code source}. @throws IllegalArgumentException for a missing or text column */
    public GlyphRenderer line(ColumnDataSource source, String x, String y) {
        return add("line", source, x, y, style -> new Line(source, x, y, style));
    }

    /** Adds a marker at each {@code (x, y)} of {@code source}. @throws IllegalArgumentException for a missing or text column */
    public GlyphRenderer scatter(ColumnDataSource source, String x, String y) {
        return add("scatter", source, x, y, style -> new Scatter(source, x, y, style));
    }

    /** Adds a staircase through {@code (x, y)}, changing level before each x. @throws IllegalArgumentException as {@link #line} */
    public GlyphRenderer step(ColumnDataSource source, String x, String y) {
        return step(source, x, y, StepMode.BEFORE);
    }

    /** Adds a staircase through {@code (x, y)} with {@code mode}. @throws IllegalArgumentException as {@link #line} */
    public GlyphRenderer step(ColumnDataSource source, String x, String y, StepMode mode) {
        Objects.requireNonNull(mode, "mode");
        return add("step", source, x, y, style -> new Step(source, x, y, style, mode));
    }

    /** Adds the area between the line through {@code (x, y)} and y = 0. @throws IllegalArgumentException as {@link #line} */
    public GlyphRenderer area(ColumnDataSource source, String x, String y) {
        return add("area", source, x, y, style -> new Area(source, x, y, style.withAlpha(0.5)));
    }

    /** Adds bars centred on {@code x} up to {@code top}, 0.8 x units wide. @throws IllegalArgumentException as {@link #line} */
    public GlyphRenderer vbar(ColumnDataSource source, String x, String top) {
        return vbar(source, x, top, 0.8);
    }

    /** Adds bars centred on {@code x} up to {@code top}, {@code barWidth} x units wide. @throws IllegalArgumentException as {@link #line} */
    public GlyphRenderer vbar(ColumnDataSource source, String x, String top, double barWidth) {
        return add("vbar", source, x, top, style -> new VBar(source, x, top, style, barWidth));
    }

    private GlyphRenderer add(String method, ColumnDataSource source, String x, String y,
                              java.util.function.Function<GlyphStyle, Glyph> make) {
        Objects.requireNonNull(source, "source");
        checkColumn(method, source, "x", x);
        checkColumn(method, source, "y", y);
        editLock.lock();
        try {
            Glyph glyph = make.apply(GlyphStyle.nth(renderers.size()));
            var renderer = new GlyphRenderer(this, glyph);
            renderers.add(renderer);
            publishLocked();
            return renderer;
        } finally {
            editLock.unlock();
        }
    }

    private void checkColumn(String method, ColumnDataSource source, String axis, String column) {
        String where = "Figure." + method;
        Objects.requireNonNull(column, axis);
        if (!source.hasColumn(column)) {
            throw new IllegalArgumentException(where + ": " + axis + " column '" + column + "' is not in " + source
                    + " (columns: " + String.join(", ", source.columnNames()) + ")");
        }
        if (!source.columnType(column).isNumeric()) {
            throw new IllegalArgumentException(where + ": " + axis + " column '" + column + "' holds strings; "
                    + "x and y need numbers");
        }
    }

    /** Removes the glyph drawn by {@code renderer}; returns whether it was there. */
    public boolean remove(GlyphRenderer renderer) {
        editLock.lock();
        try {
            boolean removed = renderers.remove(renderer);
            if (removed) {
                publishLocked();
            }
            return removed;
        } finally {
            editLock.unlock();
        }
    }

    /** Replaces {@code renderer}'s glyph with {@code change} of it (validated before anything changes). */
    void replace(GlyphRenderer renderer, UnaryOperator<Glyph> change) {
        editLock.lock();
        try {
            Glyph next = change.apply(renderer.glyph());
            renderer.set(next);
            if (renderers.contains(renderer)) {
                publishLocked();
            }
        } finally {
            editLock.unlock();
        }
    }

    /** Publishes the glyphs, the sources first, so a browser knows a source before a glyph names it. */
    private void publishLocked() {
        var list = renderers.stream().map(GlyphRenderer::glyph).toList();
        var used = new LinkedHashSet<ColumnDataSource>();
        list.forEach(glyph -> used.add(glyph.source()));
        if (!List.copyOf(used).equals(sources.get())) {
            setByOwner(sources, List.copyOf(used));
        }
        setByOwner(glyphs, list);
    }

    /** The glyphs, in drawing order. */
    public List<Glyph> getGlyphs() {
        return glyphs.get();
    }

    /** The read-only {@code glyphs} parameter, to watch; change it through the glyph methods. */
    public ReadOnlyParam<List<Glyph>> glyphsProperty() {
        return glyphs;
    }

    /** The data sources of the glyphs, each once: the figure's children. */
    @Override
    public List<Component> children() {
        @SuppressWarnings("unchecked")
        List<Component> list = (List<Component>) (List<?>) sources.get();
        return list;
    }

    // ---- properties -------------------------------------------------------------------------

    /** The title; empty for none. */
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

    /** The x axis label. */
    public String getXAxisLabel() {
        return xAxisLabel.get();
    }

    /** Sets the x axis label. */
    public void setXAxisLabel(String value) {
        xAxisLabel.set(value);
    }

    /** The {@code xAxisLabel} parameter. */
    public Param<String> xAxisLabelProperty() {
        return xAxisLabel;
    }

    /** The y axis label. */
    public String getYAxisLabel() {
        return yAxisLabel.get();
    }

    /** Sets the y axis label. */
    public void setYAxisLabel(String value) {
        yAxisLabel.set(value);
    }

    /** The {@code yAxisLabel} parameter. */
    public Param<String> yAxisLabelProperty() {
        return yAxisLabel;
    }

    /** How x values are read. */
    public AxisType getXAxisType() {
        return xAxisType.get();
    }

    /** Sets how x values are read ({@link AxisType#DATETIME}: epoch milliseconds). */
    public void setXAxisType(AxisType value) {
        xAxisType.set(value);
    }

    /** The {@code xAxisType} parameter. */
    public Param<AxisType> xAxisTypeProperty() {
        return xAxisType;
    }

    /** Whether the legend is drawn. */
    public boolean isShowLegend() {
        return showLegend.get();
    }

    /** Shows or hides the legend. */
    public void setShowLegend(boolean value) {
        showLegend.set(value);
    }

    /** The {@code showLegend} parameter. */
    public Param<Boolean> showLegendProperty() {
        return showLegend;
    }

    /** Where the legend is drawn. */
    public LegendPosition getLegendPosition() {
        return legendPosition.get();
    }

    /** Sets where the legend is drawn. */
    public void setLegendPosition(LegendPosition value) {
        legendPosition.set(value);
    }

    /** The {@code legendPosition} parameter. */
    public Param<LegendPosition> legendPositionProperty() {
        return legendPosition;
    }

    // ---- chaining ---------------------------------------------------------------------------

    /** Sets both axis labels; returns this for chaining. */
    public Figure axisLabels(String x, String y) {
        setXAxisLabel(x);
        setYAxisLabel(y);
        return this;
    }

    /** Sets width and height in pixels; returns this for chaining. */
    @Override
    public Figure size(@Nullable Integer widthPx, @Nullable Integer heightPx) {
        super.size(widthPx, heightPx);
        return this;
    }

    /** Sets the sizing mode; returns this for chaining. */
    @Override
    public Figure sizingMode(@Nullable SizingMode mode) {
        super.sizingMode(mode);
        return this;
    }
}
