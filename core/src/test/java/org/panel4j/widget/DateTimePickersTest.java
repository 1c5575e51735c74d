package org.panel4j.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.testing.TestSession;

/**
 * DatePicker, DateRangePicker, TimePicker, DatetimePicker and DateSlider take what a browser's native fields send
 * (ISO text, strictly parsed) and refuse anything else with invalid_value, changing nothing
 * (docs/concurrency.md rule 6).
 */
class DateTimePickersTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final DatePicker date = new DatePicker("Day");
    private final DateRangePicker range = new DateRangePicker("Stay");
    private final TimePicker time = new TimePicker("At");
    private final DatetimePicker dateTime = new DatetimePicker("When");
    private final DateSlider slider = new DateSlider(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    private final TestSession page;

    DateTimePickersTest() {
        date.setStart(LocalDate.of(2026, 1, 1));
        date.setEnd(LocalDate.of(2026, 12, 31));
        range.setStart(LocalDate.of(2026, 1, 1));
        range.setEnd(LocalDate.of(2026, 12, 31));
        time.setStart(LocalTime.of(8, 0));
        time.setEnd(LocalTime.of(18, 0));
        dateTime.setStart(LocalDateTime.of(2026, 1, 1, 0, 0));
        page = TestSession.open(session -> new Column(date, range, time, dateTime, slider));
    }

    @AfterEach
    void close() {
        page.close();
    }

    private void assertInvalid(Runnable input) {
        assertThatThrownBy(input::run).isInstanceOfSatisfying(ClientInputException.class,
                e -> assertThat(e.code()).isEqualTo(Code.INVALID_VALUE));
    }

    @Test
    void datePicker_takesTheBrowsersIsoDate_andRefusesUnrealMalformedOrOutOfBoundsDates() {
        page.set(date, "value", "2026-02-28");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 2, 28));

        for (Object bad : List.of("2026-02-30", "2026-2-28", "28/02/2026", "2025-12-31", "2027-01-01",
                "2026-02-28T10:00", 20260228, "x".repeat(10_000))) {
            assertInvalid(() -> page.set(date, "value", bad));
        }
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 2, 28));

        page.set(date, "value", null);
        assertThat(date.getValue()).isNull();
    }

    @Test
    void datePicker_boundsAndValueReachTheBrowserAsIsoText() {
        date.setValue(LocalDate.of(2026, 3, 9));
        page.awaitClientValue(date, "value", "2026-03-09"::equals, WAIT);
        assertThat(page.clientValue(date, "start")).isEqualTo("2026-01-01");
        assertThat(page.clientValue(date, "end")).isEqualTo("2026-12-31");
    }

    @Test
    void dateRangePicker_takesTwoOrderedDatesWithinBounds() {
        page.set(range, "value", List.of("2026-01-01", "2026-01-31"));
        assertThat(range.getValue()).isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));

        for (Object bad : List.of(List.of("2026-01-31", "2026-01-01"), List.of("2026-02-30", "2026-03-01"),
                List.of("2026-2-01", "2026-03-01"), List.of("2025-12-31", "2026-01-05"),
                List.of("2026-12-01", "2027-01-01"), List.of("2026-01-01"),
                List.of("2026-01-01", "2026-01-02", "2026-01-03"), "2026-01-01", java.util.Arrays.asList("2026-01-01", null))) {
            assertInvalid(() -> page.set(range, "value", bad));
        }
        assertThat(range.getValue()).isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));

        range.setValue(new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3)));
        page.awaitClientValue(range, "value", List.of("2026-05-01", "2026-05-03")::equals, WAIT);
    }

    @Test
    void dateRange_refusesAnEndBeforeItsStart() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThat(new DateRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2)).contains(LocalDate.of(2026, 1, 2))).isTrue();
    }

    @Test
    void timePicker_takesMinutesOrSeconds_andRefusesUnrealOrOutOfBoundsTimes() {
        page.set(time, "value", "14:05");
        assertThat(time.getValue()).isEqualTo(LocalTime.of(14, 5));
        page.set(time, "value", "14:05:09");
        assertThat(time.getValue()).isEqualTo(LocalTime.of(14, 5, 9));

        for (Object bad : List.of("24:00", "14:60", "2:05", "07:59", "18:01", "14:05:09.5", "2pm")) {
            assertInvalid(() -> page.set(time, "value", bad));
        }
        assertThat(time.getValue()).isEqualTo(LocalTime.of(14, 5, 9));
        time.setValue(LocalTime.of(9, 30));
        page.awaitClientValue(time, "value", "09:30"::equals, WAIT);
    }

    @Test
    void datetimePicker_takesTheBrowsersLocalDateTime_withoutZone() {
        page.set(dateTime, "value", "2026-02-28T23:30");
        assertThat(dateTime.getValue()).isEqualTo(LocalDateTime.of(2026, 2, 28, 23, 30));

        for (Object bad : List.of("2026-02-30T10:00", "2026-02-28 23:30", "2026-02-28T23:30Z",
                "2026-02-28T23:30+01:00", "2025-12-31T23:59", "2026-02-28")) {
            assertInvalid(() -> page.set(dateTime, "value", bad));
        }
        assertThat(dateTime.getValue()).isEqualTo(LocalDateTime.of(2026, 2, 28, 23, 30));
        dateTime.setValue(LocalDateTime.of(2026, 7, 4, 8, 15));
        page.awaitClientValue(dateTime, "value", "2026-07-04T08:15"::equals, WAIT);
    }

    @Test
    void dateSlider_takesDaysWithinItsSpan() {
        page.set(slider, "value", "2026-02-28");
        assertThat(slider.getValue()).isEqualTo(LocalDate.of(2026, 2, 28));
        for (Object bad : List.of("2026-02-30", "2026-2-28", "2025-12-31", "2026-04-01", 59)) {
            assertInvalid(() -> page.set(slider, "value", bad));
        }
        assertInvalid(() -> page.set(slider, "value", null));
        assertThat(slider.getValue()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> new DateSlider(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateSlider(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
