package org.panel4j.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.param.Parameterized;
import org.panel4j.session.ClientInputException;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.DatePicker;
import org.panel4j.widget.DatetimePicker;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntInput;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;
import org.panel4j.widget.TextInput;
import org.panel4j.widget.Widget;

/** The Param pane: a widget per parameter, kept in step both ways (Panel's pane.Param). */
class ParamPaneTest {

    enum Shape { CIRCLE, SQUARE }

    /** A plain object with one parameter of each supported kind. */
    static final class Settings extends Parameterized {
        final org.panel4j.param.Param<Integer> count = org.panel4j.param.Param.builder(this, "count", Integer.class)
                .value(3).bounds(() -> 0, () -> 10).build();
        final org.panel4j.param.Param<Double> ratio = org.panel4j.param.Param.builder(this, "ratio", Double.class)
                .value(0.5).bounds(() -> 0.0, () -> 1.0).build();
        final org.panel4j.param.Param<Integer> free = org.panel4j.param.Param.builder(this, "free", Integer.class)
                .value(7).build();
        final org.panel4j.param.Param<String> size = org.panel4j.param.Param.builder(this, "size", String.class)
                .value("M").allowed(() -> List.of("S", "M", "L")).build();
        final org.panel4j.param.Param<Shape> shape = org.panel4j.param.Param.builder(this, "shape", Shape.class)
                .value(Shape.CIRCLE).toWire(Enum::name).build();
        final org.panel4j.param.Param<Boolean> active = org.panel4j.param.Param.builder(this, "active", Boolean.class)
                .value(true).build();
        final org.panel4j.param.Param<LocalDate> day = org.panel4j.param.Param.builder(this, "day", LocalDate.class)
                .value(LocalDate.of(2026, 1, 2)).build();
        final org.panel4j.param.Param<LocalDateTime> at = org.panel4j.param.Param.builder(this, "at", LocalDateTime.class)
                .value(LocalDateTime.of(2026, 1, 2, 3, 4)).build();
        final org.panel4j.param.Param<String> userName = org.panel4j.param.Param.builder(this, "userName", String.class)
                .value("ada").check(v -> v.length() > 20 ? "must be at most 20 characters" : null).build();
        final org.panel4j.param.Param<String> id = org.panel4j.param.Param.builder(this, "id", String.class)
                .value("x1").constant().build();
        final org.panel4j.param.Param<List<String>> tags = org.panel4j.param.Param.<List<String>>builder(this, "tags")
                .value(List.of()).build();
    }

    @Test
    void paramExposesWhatItWasDeclaredWith() {
        var settings = new Settings();
        assertThat(settings.count.type()).isEqualTo(Integer.class);
        assertThat(settings.count.lowerBound()).isEqualTo(0);
        assertThat(settings.count.upperBound()).isEqualTo(10);
        assertThat(settings.count.allowedValues()).isNull();
        assertThat(settings.size.allowedValues()).containsExactly("S", "M", "L");
        assertThat(settings.free.lowerBound()).isNull();
        assertThat(settings.tags.type()).isNull();
        assertThat(settings.free.isNullable()).isFalse();
    }

    @Test
    void eachSupportedParameterGetsItsWidget_inOrder_andTheOthersNone() {
        var pane = new Param(new Settings());
        assertThat(pane.getTitle()).isEqualTo("Settings");
        assertThat(pane.getChildren()).extracting(c -> c.getClass().getSimpleName()).containsExactly(
                "IntSlider", "FloatSlider", "IntInput", "Select", "Select", "Checkbox", "DatePicker",
                "DatetimePicker", "TextInput", "TextInput");
        assertThat(pane.widget("userName")).get().extracting(Widget::getName).isEqualTo("User name");
        assertThat(((IntSlider) pane.widget("count").orElseThrow()).getValue()).isEqualTo(3);
        assertThat(((IntSlider) pane.widget("count").orElseThrow()).getEnd()).isEqualTo(10);
        assertThat(((Select<?>) pane.widget("shape").orElseThrow()).getValue()).isEqualTo(Shape.CIRCLE);
        assertThat(((DatePicker) pane.widget("day").orElseThrow()).getValue()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(((DatetimePicker) pane.widget("at").orElseThrow()).getValue()).isNotNull();
        assertThat(((IntInput) pane.widget("free").orElseThrow()).getValue()).isEqualTo(7);
        assertThat(pane.widget("id").orElseThrow().isDisabled()).isTrue();
        assertThat(pane.widget("count").orElseThrow().isDisabled()).isFalse();
    }

    @Test
    void aSubsetShowsOnlyTheNamedParameters_andRefusesUnknownOnes() {
        var settings = new Settings();
        var pane = Param.of(settings, "active", "count");
        assertThat(pane.getChildren()).extracting(c -> c.getClass().getSimpleName()).containsExactly("Checkbox", "IntSlider");
        assertThatThrownBy(() -> Param.of(settings, "nope")).hasMessageContaining("Settings has no parameter 'nope'");
        assertThatThrownBy(() -> Param.of(settings, "tags")).hasMessageContaining("Settings.tags has no widget");
    }

    @Test
    void theBrowsersChangesSetTheObject_andTheObjectsShowInTheBrowser() {
        var settings = new Settings();
        var pane = new Param(settings);
        try (var page = TestSession.open(session -> new Column(pane))) {
            var count = pane.widget("count").orElseThrow();
            var active = (Checkbox) pane.widget("active").orElseThrow();
            page.set(count, "value", 8);
            assertThat(settings.count.get()).isEqualTo(8);
            page.set(active, "value", false);
            assertThat(settings.active.get()).isFalse();
            page.set(pane.widget("size").orElseThrow(), "value", "L");
            assertThat(settings.size.get()).isEqualTo("L");

            settings.count.set(2);
            settings.userName.set("grace");
            page.awaitClientValue(count, "value", v -> Integer.valueOf(2).equals(v), Duration.ofSeconds(10));
            page.awaitClientValue(pane.widget("userName").orElseThrow(), "value", "grace"::equals, Duration.ofSeconds(10));
        }
    }

    @Test
    void aValueTheObjectRefuses_leavesBothAsTheyWere() {
        var settings = new Settings();
        var pane = new Param(settings);
        try (var page = TestSession.open(session -> new Column(pane))) {
            var name = (TextInput) pane.widget("userName").orElseThrow();
            page.set(name, "value", "x".repeat(30)); // the refusal goes to the session's error handler
            assertThat(settings.userName.get()).isEqualTo("ada");
            assertThat(name.getValue()).isEqualTo("ada");
            assertThatThrownBy(() -> page.set(pane.widget("id").orElseThrow(), "value", "y"))
                    .isInstanceOf(ClientInputException.class);
            assertThat(settings.id.get()).isEqualTo("x1");
        }
    }

    @Test
    void concurrentSetsOnBothSides_endWithTheObjectsLastValueInItsWidget() throws Exception {
        for (int round = 0; round < 20; round++) {
            var settings = new Settings();
            var pane = new Param(settings);
            var slider = (FloatSlider) pane.widget("ratio").orElseThrow();
            var count = (IntSlider) pane.widget("count").orElseThrow();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 200; i++) {
                    double v = i / 200.0;
                    int n = i % 11;
                    threads.submit(() -> settings.ratio.set(v));
                    threads.submit(() -> slider.setValue(1 - v));
                    threads.submit(() -> count.setValue(n));
                }
            }
            assertThat(slider.getValue()).isEqualTo(settings.ratio.get());
            assertThat(count.getValue()).isEqualTo(settings.count.get());
            settings.ratio.set(0.25);
            count.setValue(9);
            assertThat(slider.getValue()).isEqualTo(0.25);
            assertThat(settings.count.get()).isEqualTo(9);
        }
    }

    @Test
    void aWidgetFollowingTheObject_neverEchoesAnOlderValueBack() throws Exception {
        var settings = new Settings();
        var pane = new Param(settings);
        var count = (IntSlider) pane.widget("count").orElseThrow();
        var once = new java.util.concurrent.atomic.AtomicBoolean();
        // runs before the pane's own watcher on the widget: another thread sets the object meanwhile
        count.valueProperty().watch(change -> {
            if (once.compareAndSet(false, true)) {
                Thread other = Thread.ofVirtual().start(() -> settings.count.set(9));
                other.join();
            }
        }, org.panel4j.param.WatchOptions.DEFAULT.precedence(-1));
        settings.count.set(1);
        assertThat(settings.count.get()).isEqualTo(9);
        assertThat(count.getValue()).isEqualTo(9);
    }

    @Test
    void anObjectSharedByTwoSessions_followsBothWays_withoutTakingBothLocks() throws Exception {
        var settings = new Settings();
        var first = new Param(settings);
        var second = new Param(settings);
        try (var a = TestSession.open(session -> new Column(first));
             var b = TestSession.open(session -> new Column(second))) {
            var sliderA = first.widget("count").orElseThrow();
            var sliderB = second.widget("count").orElseThrow();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int i = 0; i < 300; i++) {
                        int n = i % 11;
                        threads.submit(() -> { a.set(sliderA, "value", n); return null; });
                        threads.submit(() -> { b.set(sliderB, "value", 10 - n); return null; });
                    }
                }
            });
            settings.count.set(4);
            a.awaitClientValue(sliderA, "value", Integer.valueOf(4)::equals, Duration.ofSeconds(10));
            b.awaitClientValue(sliderB, "value", Integer.valueOf(4)::equals, Duration.ofSeconds(10));
        }
    }

    @Test
    void unlinkStopsFollowing() {
        var settings = new Settings();
        var pane = new Param(settings);
        pane.unlink();
        settings.count.set(1);
        assertThat(((IntSlider) pane.widget("count").orElseThrow()).getValue()).isEqualTo(3);
    }
}
