package org.panel4j.pane;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.panel4j.component.Component;
import org.panel4j.param.Param;

/**
 * A chart drawn by Apache ECharts in the browser (Panel's {@code pane.ECharts}): {@code object} is an
 * ECharts option as plain data, maps with text keys, lists, strings, numbers, booleans and nulls (what
 * a JSON parser returns), e.g. {@code Map.of("xAxis", Map.of("type", "category", "data", days),
 * "series", List.of(Map.of("type", "bar", "data", counts)))}. Setting a new one redraws the chart.
 *
 * <p>No code travels: options that ECharts would take as functions (formatters, callbacks) can only be
 * its template strings. Tooltips are drawn as chart text, never as HTML, and a {@code link} or
 * {@code sublink} that is not http(s) or relative is dropped, so option strings are never markup or
 * script. The library (about 1 MB) is downloaded only by pages that show an ECharts pane.
 */
public final class ECharts extends Component {

    private static final List<String> RENDERERS = List.of("canvas", "svg");

    private final Param<Map<String, Object>> object = Param.<Map<String, Object>>builder(this, "object")
            .value(Map.of()).check(v -> JSON.problem(v, 0)).toWire(v -> v)
            .doc("The ECharts option: maps, lists, strings, numbers, booleans, null.").build();
    private final Param<String> renderer = Param.builder(this, "renderer", String.class).value("canvas")
            .allowed(() -> RENDERERS).doc("How the chart is drawn: canvas or svg.").build();

    /** An empty chart; {@link #setObject} gives it an option. */
    public ECharts() {}

    /** A chart of {@code option}. @throws IllegalArgumentException if it is not JSON-like */
    public ECharts(Map<String, ?> option) {
        setObject(option);
    }

    /** The ECharts option shown. */
    public Map<String, Object> getObject() {
        return object.get();
    }

    /** Shows {@code option} (a copy of its top level). @throws IllegalArgumentException if it is not JSON-like */
    public void setObject(Map<String, ?> option) {
        object.set(Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(option, "option"))));
    }

    /** The {@code object} parameter. */
    public Param<Map<String, Object>> objectProperty() {
        return object;
    }

    /** How the chart is drawn: {@code canvas} or {@code svg}. */
    public String getRenderer() {
        return renderer.get();
    }

    /** Sets how the chart is drawn. @throws IllegalArgumentException unless {@code canvas} or {@code svg} */
    public void setRenderer(String value) {
        renderer.set(value);
    }

    /** The {@code renderer} parameter. */
    public Param<String> rendererProperty() {
        return renderer;
    }
}
