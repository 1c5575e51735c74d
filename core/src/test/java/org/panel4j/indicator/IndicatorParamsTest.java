package org.panel4j.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The indicators' parameters: what they accept, what they refuse with which message, what they send. */
class IndicatorParamsTest {

    @Test
    void number_formatNeedsAKnownPlaceholder() {
        var number = new Number("CPU", 42.5, "{value:.1f} %");
        number.setFormat("{value:,.0f} items, {value}");
        for (String bad : List.of("no placeholder", "{value:.2e}", "{value} {other}", "{value:.12f}", "x".repeat(201) + "{value}")) {
            assertThatThrownBy(() -> number.setFormat(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Number.format");
        }
        assertThat(number.getFormat()).isEqualTo("{value:,.0f} items, {value}");
    }

    @Test
    void number_valueMustBeFinite_andSizesBounded() {
        var number = new Number("n", 1);
        assertThatThrownBy(() -> number.setValue(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> number.setFontSize(2)).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> number.setDefaultColor("red; background:url(x)")).hasMessageContaining("CSS colour");
        number.setDefaultColor("rgb(0, 114, 181)");
    }

    @Test
    void colorThresholds_increase_andCarryCssColours() {
        var number = new Number("n", 1).colors(ColorThreshold.of(33, "green"), ColorThreshold.of(66, "#ffc107"));
        assertThat(number.colorsProperty().wireValue()).isEqualTo(List.of(List.of(33.0, "green"), List.of(66.0, "#ffc107")));
        assertThatThrownBy(() -> number.setColors(List.of(ColorThreshold.of(5, "red"), ColorThreshold.of(5, "blue"))))
                .hasMessageContaining("increasing");
        assertThatThrownBy(() -> ColorThreshold.of(1, "url(javascript:x)")).hasMessageContaining("CSS colour");
        assertThatThrownBy(() -> ColorThreshold.of(Double.POSITIVE_INFINITY, "red")).hasMessageContaining("finite");
        var withNull = new ArrayList<ColorThreshold>();
        withNull.add(null);
        assertThatThrownBy(() -> number.colorsProperty().set(withNull)).hasMessageContaining("null");
    }

    @Test
    void gauges_takeFractionThresholds_andOrderedBounds() {
        var gauge = new Gauge("Load", 72).bounds(0, 200).colors(ColorThreshold.of(0.5, "green"), ColorThreshold.of(1, "red"));
        assertThat(gauge.getBounds()).containsExactly(0.0, 200.0);
        assertThatThrownBy(() -> gauge.colors(ColorThreshold.of(50, "green"))).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> gauge.bounds(10, 10)).hasMessageContaining("min < max");
        assertThatThrownBy(() -> gauge.setBounds(List.of(1.0))).hasMessageContaining("two numbers");
        var linear = new LinearGauge("Level", 3).bounds(0, 10);
        linear.setHorizontal(true);
        assertThat(linear.getFormat()).isEqualTo("{value}");
        assertThat(gauge.getFormat()).isEqualTo("{value}%");
    }

    @Test
    void booleanStatus_takesPanelsColourNames() {
        var status = new BooleanStatus(true, "success");
        assertThatThrownBy(() -> status.setColor("green")).hasMessageContaining("must be one of");
        assertThat(status.getValue()).isTrue();
    }

    @Test
    void trend_valueAndChange_followTheData() {
        var trend = new Trend("Visits", List.of(100.0, 120.0));
        assertThat(trend.getValue()).isEqualTo(120.0);
        assertThat(trend.getValueChange()).isEqualTo(0.2);
        trend.append(90.0, 2);
        assertThat(trend.getData()).containsExactly(120.0, 90.0);
        assertThat(trend.getValueChange()).isEqualTo(-0.25);
        assertThatThrownBy(() -> trend.setData(List.of(1.0, Double.NaN))).hasMessageContaining("finite");
        assertThatThrownBy(() -> trend.setPlotType("pie")).hasMessageContaining("must be one of");
        assertThatThrownBy(() -> trend.setData(java.util.Collections.nCopies(Trend.MAX_POINTS + 1, 1.0)))
                .hasMessageContaining("at most");
        assertThat(new Trend("t", List.of()).getValue()).isNull();
    }

    @Test
    void tqdm_writesCountShareTimesAndRate() {
        assertThat(Tqdm.line(30, 100, Duration.ofSeconds(3))).isEqualTo("30/100 30% [00:03<00:07, 10.00 it/s]");
        assertThat(Tqdm.line(0, 10, Duration.ZERO)).isEqualTo("0/10 0% [00:00<?, ? it/s]");
        assertThat(Tqdm.line(1, 2, Duration.ofHours(2))).isEqualTo("1/2 50% [2:00:00<2:00:00, 0.00 it/s]");
        var clock = new AtomicLong();
        var tqdm = new Tqdm(10, clock::get);
        clock.set(Duration.ofSeconds(2).toNanos());
        tqdm.setValue(4);
        assertThat(tqdm.getText()).isEqualTo("4/10 40% [00:02<00:03, 2.00 it/s]");
        tqdm.setValue(0);                                   // starts the clock again
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        tqdm.setValue(5);
        assertThat(tqdm.getText()).isEqualTo("5/10 50% [00:01<00:01, 5.00 it/s]");
        assertThatThrownBy(() -> tqdm.setValue(11)).hasMessageContaining("at most 10");
    }
}
