package org.panel4j.pane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panes of issue 14, part 2: ECharts and LaTeX, their params and checks. */
class MorePanesTest {

    @Test
    void echarts_takesJsonLikeOptions_only() {
        var chart = new ECharts(Map.of("series", List.of(Map.of("type", "bar", "data", List.of(1, 2, 3)))));
        assertThat(chart.objectProperty().wireValue()).isEqualTo(chart.getObject());
        var withNull = new HashMap<String, Object>();
        withNull.put("title", null);
        chart.setObject(withNull);
        assertThat(chart.getObject()).containsKey("title");
        assertThatThrownBy(() -> chart.setObject(Map.of("tooltip", Map.of("formatter", (Runnable) () -> { }))))
                .hasMessageContaining("must be made of maps, lists");
        assertThatThrownBy(() -> chart.setObject(Map.of("series", List.of(Double.NaN)))).hasMessageContaining("finite");
        assertThat(chart.getObject()).containsKey("title");
    }

    @Test
    void echarts_drawsWithCanvasOrSvg_only() {
        var chart = new ECharts();
        chart.setRenderer("svg");
        assertThatThrownBy(() -> chart.setRenderer("webgl")).hasMessageContaining("must be one of");
        assertThat(chart.getRenderer()).isEqualTo("svg");
    }

    @Test
    void latex_turnsDelimitedMathIntoMathML_andLeavesTheRestAsText() {
        var latex = new LaTeX("Area $\\pi r^2$ and <b>$$\\frac{1}{\\sqrt{x}}$$ costs \\$5");
        assertThat(latex.objectProperty().wireValue()).isEqualTo(List.of(
                "Area ",
                List.of("math", Map.of("display", "inline"), List.of("mrow", Map.of(),
                        List.of("mi", Map.of(), "π"),
                        List.of("msup", Map.of(), List.of("mi", Map.of(), "r"), List.of("mn", Map.of(), "2")))),
                " and <b>",
                List.of("math", Map.of("display", "block"), List.of("mrow", Map.of(),
                        List.of("mfrac", Map.of(), List.of("mrow", Map.of(), List.of("mn", Map.of(), "1")),
                                List.of("mrow", Map.of(), List.of("msqrt", Map.of(),
                                        List.of("mrow", Map.of(), List.of("mi", Map.of(), "x"))))))),
                " costs $5"));
    }

    @Test
    void latex_showsUnknownCommandsAsErrors_andUnclosedDollarsAsText() {
        assertThat(LaTeX.segments("$\\foo_1$")).isEqualTo(List.of(List.of("math", Map.of("display", "inline"),
                List.of("mrow", Map.of(), List.of("msub", Map.of(), List.of("merror", Map.of(), "\\foo"),
                        List.of("mn", Map.of(), "1"))))));
        assertThat(LaTeX.segments("costs $5")).isEqualTo(List.of("costs $5"));
        assertThatThrownBy(() -> new LaTeX("$" + "{".repeat(100) + "$")).hasMessageContaining("nest at most");
    }
}
