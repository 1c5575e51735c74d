package org.panel4j.examples.gallery;

import static org.panel4j.Panel.bind;

import java.util.List;
import java.util.Map;
import org.panel4j.layout.Column;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;
import org.panel4j.widget.IntSlider;

/** Plots and bound functions. */
final class PlotSection implements GallerySection {

    @Override
    public String title() {
        return "Plots and binds";
    }

    @Override
    public List<GalleryEntry> entries() {
        var source = new ColumnDataSource(Map.of("x", List.of(1, 2, 3, 4, 5), "y", List.of(2, 5, 3, 6, 4)));
        var figure = new Figure("Requests per second");
        figure.line(source, "x", "y");
        figure.size(320, 200);
        var slider = new IntSlider(1, 10, 3);
        slider.setName("n");
        return List.of(
                new GalleryEntry("Figure and ColumnDataSource", """
                        var source = new ColumnDataSource(Map.of("x", List.of(1, 2, 3, 4, 5), "y", List.of(2, 5, 3, 6, 4)));
                        var figure = new Figure("Requests per second");
                        figure.line(source, "x", "y");""", figure),
                new GalleryEntry("bind (Bound)", """
                        var slider = new IntSlider(1, 10, 3);
                        Panel.bind(n -> "#".repeat(n), slider)""",
                        new Column(slider, bind(n -> "#".repeat(n), slider))));
    }
}
