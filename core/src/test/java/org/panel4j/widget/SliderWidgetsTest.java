package org.panel4j.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.panel4j.layout.Column;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.testing.TestSession;

/**
 * The sliders, range pickers and spinner take what the browser sends as the user drags, types or picks,
 * and refuse a bad value (out of bounds, ends in the wrong order, the wrong type or format, an unknown
 * option) with invalid_value and nothing changed (docs/concurrency.md rule 6).
 */
class SliderWidgetsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 27, 9, 0);

    /** An option type that is not a string, shown by a label. */
    record Size(String code, int millimetres) {}

    private final IntRangeSlider ints = new IntRangeSlider(0, 10, 2, 8);
    private final RangeSlider doubles = new RangeSlider(0, 1, 0.25, 0.75);
    private final EditableIntSlider editable = new EditableIntSlider(0, 10, 3);
    private final EditableFloatSlider editableFloat = new EditableFloatSlider(0, 1, 0.5);
    private final EditableRangeSlider editableRange = new EditableRangeSlider(0, 10, 2, 8);
    private final DiscreteSlider<Size> sizes = new DiscreteSlider<>(
            List.of(new Size("S", 10), new Size("M", 20), new Size("L", 30)), Size::code);
    private final DateRangeSlider days = new DateRangeSlider(JAN_1, JAN_1.plusDays(30));
    private final DatetimeRangeSlider times = new DatetimeRangeSlider(NINE, NINE.plusHours(8));
    private final DatetimeRangePicker picker = new DatetimeRangePicker("When");
    private final NumberInput<Integer> spinner = NumberInput.ofInts("Count", 0, 10, 3);
    private final NumberInput<Double> money = NumberInput.ofDoubles("Price", 0.0, null, 9.5);
    private final TestSession page = TestSession.open(session -> new Column(ints, doubles, editable, editableFloat,
            editableRange, sizes, days, times, picker, spinner, money));

    @AfterEach
    void close() {
        page.close();
    }

    private static void assertInvalid(Executable input, String message) {
        assertThatThrownBy(input::execute).isInstanceOfSatisfying(ClientInputException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void goodValues_fromTheBrowser_areTaken() {
        page.set(ints, "value", List.of(3, 7));
        page.set(ints, "valueThrottled", List.of(3, 7));
        page.set(doubles, "value", List.of(0.1, 0.1));
        page.set(sizes, "value", "M");
        page.set(days, "value", List.of("2026-01-05", "2026-01-10"));
        page.set(times, "value", List.of("2026-11-27T10:00", "2026-11-27T12:30:15"));
        page.set(picker, "value", List.of("2026-11-27T09:00", "2026-11-28T17:00"));
        page.set(spinner, "value", 10);
        page.set(money, "value", 1234.5);

        assertThat(ints.getValue()).isEqualTo(Span.of(3, 7));
        assertThat(ints.getValueThrottled()).isEqualTo(Span.of(3, 7));
        assertThat(doubles.getValue()).isEqualTo(Span.of(0.1, 0.1));
        assertThat(sizes.getValue()).isEqualTo(new Size("M", 20));
        assertThat(days.getValue()).isEqualTo(new DateRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10)));
        assertThat(times.getValue()).isEqualTo(Span.of(NINE.plusHours(1), LocalDateTime.of(2026, 11, 27, 12, 30, 15)));
        assertThat(picker.getValue()).isEqualTo(Span.of(NINE, LocalDateTime.of(2026, 11, 28, 17, 0)));
        assertThat(spinner.getValue()).isEqualTo(10);
        assertThat(money.getValue()).isEqualTo(1234.5);
        page.set(picker, "value", null);
        page.set(spinner, "value", null);
        assertThat(picker.getValue()).isNull();
        assertThat(spinner.getValue()).isNull();
        page.awaitClientValue(sizes, "value", "M"::equals, Duration.ofSeconds(5));
        assertThat(page.clientValue(sizes, "options")).isEqualTo(List.of("S", "M", "L"));
    }

    @Test
    void rangeEnds_outOfBounds_inTheWrongOrder_orOfTheWrongShape_areRefused() {
        assertInvalid(() -> page.set(ints, "value", List.of(8, 2)), "expected the second value not before the first");
        assertInvalid(() -> page.set(ints, "value", List.of(-1, 5)), "IntRangeSlider.value must start at or above 0");
        assertInvalid(() -> page.set(ints, "valueThrottled", List.of(5, 11)), "must end at or below 10");
        assertInvalid(() -> page.set(ints, "value", List.of(1.5, 3)), "expected a whole number");
        assertInvalid(() -> page.set(ints, "value", List.of(1, 2, 3)), "expected two whole numbers like [2, 8]");
        assertInvalid(() -> page.set(ints, "value", "2..8"), "expected two whole numbers");
        assertInvalid(() -> page.set(ints, "value", null), "must not be null");
        assertInvalid(() -> page.set(doubles, "value", List.of(0.5, 1.01)), "must end at or below 1.0");
        assertInvalid(() -> page.set(days, "value", List.of("2026-01-10", "2026-01-05")), "not before the first");
        assertInvalid(() -> page.set(days, "value", List.of("2025-12-31", "2026-01-05")), "must start on or after 2026-01-01");
        assertInvalid(() -> page.set(days, "value", List.of("2026-1-5", "2026-01-06")), "expected a date like 2026-11-27");
        assertInvalid(() -> page.set(times, "value", List.of("2026-11-27T08:59", "2026-11-27T10:00")),
                "must start on or after 2026-11-27T09:00");
        assertInvalid(() -> page.set(times, "value", List.of("2026-11-27 10:00", "2026-11-27T11:00")),
                "expected a date and time like");
        picker.setStart(NINE);
        assertInvalid(() -> page.set(picker, "value", List.of("2026-11-27T08:00", "2026-11-27T10:00")),
                "must start at or after 2026-11-27T09:00");
        assertInvalid(() -> page.set(picker, "value", List.of("2026-11-28T08:00", "2026-11-27T10:00")),
                "not before the first");

        assertThat(ints.getValue()).isEqualTo(Span.of(2, 8));
        assertThat(doubles.getValue()).isEqualTo(Span.of(0.25, 0.75));
        assertThat(days.getValue()).isEqualTo(new DateRange(JAN_1, JAN_1.plusDays(30)));
        assertThat(times.getValue()).isEqualTo(Span.of(NINE, NINE.plusHours(8)));
        assertThat(picker.getValue()).isNull();
    }

    @Test
    void aDiscreteSlider_takesOnlyTheLabelOfAnOption() {
        assertInvalid(() -> page.set(sizes, "value", "XL"), "expected the label of one of the options");
        assertInvalid(() -> page.set(sizes, "value", 20), "expected a string");
        assertInvalid(() -> page.set(sizes, "valueThrottled", "Size[code=M, millimetres=20]"), "expected the label");
        assertThat(sizes.getValue()).isEqualTo(new Size("S", 10));
        assertThatThrownBy(() -> new DiscreteSlider<>(List.of(1, 2), n -> "same"))
                .hasMessageContaining("DiscreteSlider.options must have distinct labels");
        assertThatThrownBy(() -> sizes.setValue(new Size("XL", 40))).hasMessageContaining("must be one of");
        sizes.setOptions(List.of(new Size("L", 30)));
        assertThat(sizes.getValue()).isEqualTo(new Size("L", 30));
    }

    @Test
    void anEditableSlider_extendsItsSoftBounds_toATypedValue_withinItsHardBounds() {
        editable.setFixedEnd(20);
        editable.setFixedStart(-5);
        page.set(editable, "value", 15);
        assertThat(editable.getValue()).isEqualTo(15);
        assertThat(editable.getEnd()).isEqualTo(15);
        page.set(editable, "value", -5);
        assertThat(editable.getStart()).isEqualTo(-5);
        assertThat(editable.getEnd()).isEqualTo(15);
        assertInvalid(() -> page.set(editable, "value", 21), "EditableIntSlider.value must be at most 20");
        assertInvalid(() -> page.set(editable, "value", -6), "must be at least -5");
        assertInvalid(() -> page.set(editable, "value", 2.5), "expected a whole number");
        assertThat(editable.getValue()).isEqualTo(-5);
        page.awaitClientValue(editable, "start", Integer.valueOf(-5)::equals, Duration.ofSeconds(5));
        assertThatThrownBy(() -> editable.setFixedStart(0)).hasMessageContaining("must be at most start (-5)");

        page.set(editableFloat, "value", 1e6);       // no hard bounds: anything finite
        assertThat(editableFloat.getEnd()).isEqualTo(1e6);

        editableRange.setFixedStart(-10.0);
        page.set(editableRange, "value", List.of(-10.0, 12.0));
        assertThat(editableRange.getStart()).isEqualTo(-10.0);
        assertThat(editableRange.getEnd()).isEqualTo(12.0);
        assertInvalid(() -> page.set(editableRange, "value", List.of(-10.5, 0.0)), "must start at or above -10.0");
        assertInvalid(() -> page.set(editableRange, "value", List.of(5.0, 4.0)), "not before the first");
        assertThat(editableRange.getValue()).isEqualTo(Span.of(-10.0, 12.0));
    }

    @Test
    void aNumberInput_refusesTheWrongTypeAndOutOfBounds_andChecksItsFormat() {
        assertInvalid(() -> page.set(spinner, "value", 2.5), "expected a whole number");
        assertInvalid(() -> page.set(spinner, "value", 11), "NumberInput.value must be at most 10");
        assertInvalid(() -> page.set(spinner, "value", "3"), "expected a number");
        assertInvalid(() -> page.set(money, "value", -0.01), "must be at least 0.0");
        assertThat(spinner.getValue()).isEqualTo(3);
        money.setFormat("$0,0.00");
        money.setFormat("0.0 %");
        money.setFormat(null);
        assertThatThrownBy(() -> money.setFormat("<b>0</b>0")).hasMessageContaining("must be a pattern like 0, 0.00");
        assertThatThrownBy(() -> NumberInput.ofInts("n", 5, 1, 3)).hasMessageContaining("NumberInput.start must be at most end (1)");
    }

    @Test
    void theSlidersShareOneBase_andCheckTheirArguments() {
        var slider = new IntSlider(0, 10, 3);
        assertThatThrownBy(() -> new FloatSlider(1, 0, 0.5)).hasMessageContaining("FloatSlider.start must be at most end (0.0)");
        assertThatThrownBy(() -> new IntRangeSlider(0, 10, 8, 2)).hasMessageContaining("must not end (2) before it starts (8)");
        assertThatThrownBy(() -> new RangeSlider(0, 1, 0, 2)).hasMessageContaining("RangeSlider.value must end at or below 1.0");
        assertThatThrownBy(() -> new DateRangeSlider(JAN_1, JAN_1.minusDays(1)))
                .hasMessageContaining("before it starts (2026-01-01)");
        assertThatThrownBy(() -> slider.setStep(0)).hasMessageContaining("IntSlider.step must be more than 0");
        assertThat(slider).isInstanceOf(NumberSlider.class);
        assertThat(new FloatInput()).isInstanceOf(NumberWidget.class);
    }
}
