package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.indicator.BooleanStatus;
import org.panel4j.indicator.ColorThreshold;
import org.panel4j.indicator.Dial;
import org.panel4j.indicator.Gauge;
import org.panel4j.indicator.LinearGauge;
import org.panel4j.indicator.Number;
import org.panel4j.indicator.TooltipIcon;
import org.panel4j.indicator.Tqdm;
import org.panel4j.indicator.Trend;
import org.panel4j.layout.Row;

/** Indicators: values at a glance. */
final class IndicatorSection implements GallerySection {

    @Override
    public String title() {
        return "Indicators";
    }

    @Override
    public List<GalleryEntry> entries() {
        var tqdm = new Tqdm(100);
        tqdm.setValue(30);
        var horizontal = new LinearGauge("Level", 35).colors(ColorThreshold.of(0.5, "#198754"), ColorThreshold.of(1, "#dc3545"));
        horizontal.setHorizontal(true);
        return List.of(
                new GalleryEntry("Number", """
                        new Number("CPU", 72, "{value:.0f} %").colors(
                            ColorThreshold.of(50, "green"), ColorThreshold.of(80, "orange"), ColorThreshold.of(100, "red"))""",
                        new Number("CPU", 72, "{value:.0f} %").colors(ColorThreshold.of(50, "green"),
                                ColorThreshold.of(80, "orange"), ColorThreshold.of(100, "red"))),
                new GalleryEntry("BooleanStatus", """
                        new Row(new BooleanStatus(true, "success"), new BooleanStatus(false, "danger"))""",
                        new Row(new BooleanStatus(true, "success"), new BooleanStatus(false, "danger"),
                                new BooleanStatus(true, "warning"), new BooleanStatus(true, "primary"))),
                new GalleryEntry("Trend", """
                        new Trend("Visits", List.of(120.0, 132.0, 128.0, 151.0, 147.0, 163.0))""",
                        new Trend("Visits", List.of(120.0, 132.0, 128.0, 151.0, 147.0, 163.0))),
                new GalleryEntry("Gauge", """
                        new Gauge("Load", 72).colors(ColorThreshold.of(0.5, "#198754"),
                            ColorThreshold.of(0.8, "#ffc107"), ColorThreshold.of(1, "#dc3545"))""",
                        new Gauge("Load", 72).colors(ColorThreshold.of(0.5, "#198754"), ColorThreshold.of(0.8, "#ffc107"),
                                ColorThreshold.of(1, "#dc3545"))),
                new GalleryEntry("Dial", """
                        new Dial("Pressure", 3.2).bounds(0, 6).colors(ColorThreshold.of(0.6, "#198754"),
                            ColorThreshold.of(0.85, "#ffc107"), ColorThreshold.of(1, "#dc3545"))""",
                        new Dial("Pressure", 3.2).bounds(0, 6).colors(ColorThreshold.of(0.6, "#198754"),
                                ColorThreshold.of(0.85, "#ffc107"), ColorThreshold.of(1, "#dc3545"))),
                new GalleryEntry("LinearGauge", """
                        var level = new LinearGauge("Level", 35).colors(
                            ColorThreshold.of(0.5, "#198754"), ColorThreshold.of(1, "#dc3545"));
                        level.setHorizontal(true);""", horizontal),
                new GalleryEntry("TooltipIcon", """
                        new TooltipIcon("Shown on hover or keyboard focus")""",
                        new TooltipIcon("Shown on hover or keyboard focus")),
                new GalleryEntry("Tqdm", """
                        var tqdm = new Tqdm(100);
                        tqdm.setValue(30);   // text: 30/100 30% [elapsed<remaining, rate]""", tqdm));
    }
}
