package org.panel4j.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.Panel;
import org.panel4j.layout.Column;
import org.panel4j.session.Node;
import org.panel4j.testing.TestSession;

class FigureTest {

    private final ColumnDataSource source = new ColumnDataSource(Map.of(
            "x", new double[] {0, 1}, "y", new double[] {2, 3}, "label", new String[] {"a", "b"}));

    @Test
    void line_withStyle_isOneGlyphOnTheWire() {
        var figure = new Figure("Walk");
        figure.line(source, "x", "y").color("#1f77b4").width(2).alpha(0.5).legend("walk");
        figure.vbar(source, "x", "y", 0.5);

        assertThat(figure.getGlyphs()).hasSize(2).first().isInstanceOf(Line.class);
        @SuppressWarnings("unchecked")
        var wire = (List<Map<String, Object>>) figure.toNode().props().get("glyphs");
        assertThat(wire.get(0)).containsEntry("type", "line").containsEntry("source", source.id())
                .containsEntry("x", "x").containsEntry("y", "y").containsEntry("color", "#1f77b4")
                .containsEntry("lineWidth", 2.0).containsEntry("alpha", 0.5).containsEntry("legend", "walk");
        assertThat(wire.get(1)).containsEntry("type", "vbar").containsEntry("barWidth", 0.5)
                .containsEntry("color", "#ff7f0e");
        @SuppressWarnings("unchecked")
        var sources = (List<Node>) figure.toNode().props().get("sources");
        assertThat(sources).singleElement().satisfies(node -> {
            assertThat(node.type()).isEqualTo("ColumnDataSource");
            assertThat(node.props().get("data")).isInstanceOf(Map.class);
        });
        assertThat(figure.children()).containsExactly(source);
    }

    @Test
    void badGlyphs_throwInParamsWords_andLeaveTheFigureAsItWas() {
        var figure = new Figure();
        var line = figure.line(source, "x", "y");
        assertThatThrownBy(() -> line.alpha(1.5)).hasMessage("Line.alpha must be between 0 and 1, not 1.5");
        assertThatThrownBy(() -> line.color("not a colour")).hasMessageContaining("Line.color must be a CSS colour");
        assertThatThrownBy(() -> figure.scatter(source, "x", "q")).hasMessageContaining("Figure.scatter: y column 'q' is not in");
        assertThatThrownBy(() -> figure.line(source, "label", "y")).hasMessageContaining("holds strings");
        assertThat(figure.getGlyphs()).singleElement().isEqualTo(line.glyph());
        assertThat(line.glyph().style().alpha()).isEqualTo(1.0);
    }

    @Test
    void panel_ofAFigure_isTheFigure() {
        var figure = new Figure();
        assertThat(Panel.panel(figure)).isSameAs(figure);
    }

    @Test
    void aGlyphAddedWhileShown_bringsItsSourceToTheClient_andItsStreamsFollow_untilRemoved() {
        var figure = new Figure().axisLabels("t", "v");
        try (var page = TestSession.open(session -> new Column(figure))) {
            assertThat(page.client().knows(source.id())).isFalse();
            var step = figure.step(source, "x", "y", StepMode.AFTER);
            source.stream(Map.of("x", new double[] {2}, "y", new double[] {4}, "label", List.of("c")));
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(page.client().data(source.id()).doubles("y")).containsExactly(2, 3, 4);

            assertThat(figure.remove(step)).isTrue();
            assertThat(source.sessions()).isEmpty();
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat((List<?>) page.clientValue(figure, "sources")).isEmpty();
        }
    }
}
