package org.panel4j.examples.gallery;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.panel4j.widget.DatePicker;
import org.panel4j.widget.DateRange;
import org.panel4j.widget.DateRangePicker;
import org.panel4j.widget.DateRangeSlider;
import org.panel4j.widget.DateSlider;
import org.panel4j.widget.DatetimePicker;
import org.panel4j.widget.DatetimeRangePicker;
import org.panel4j.widget.DatetimeRangeSlider;
import org.panel4j.widget.Span;
import org.panel4j.widget.TimePicker;

/** Date and time inputs ({@code java.time} values). */
final class DatesSection implements GallerySection {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Override
    public String title() {
        return "Dates and times";
    }

    @Override
    public List<GalleryEntry> entries() {
        var date = new DatePicker("Day");
        date.setValue(DAY);
        var stay = new DateRangeSlider(DAY.withDayOfMonth(1), DAY.withDayOfMonth(30),
                new DateRange(DAY.withDayOfMonth(9), DAY.withDayOfMonth(15)));
        stay.setName("Stay");
        var nine = DAY.atTime(9, 0);
        var shift = new DatetimeRangeSlider(nine, nine.plusHours(10), Span.of(nine.plusHours(1), nine.plusHours(4)));
        shift.setName("Shift");
        shift.setStep(Duration.ofMinutes(15));
        var window = new DatetimeRangePicker("Maintenance window");
        window.setValue(Span.of(DAY.atTime(22, 0), DAY.plusDays(1).atTime(2, 0)));
        return List.of(
                new GalleryEntry("DatePicker", """
                        var date = new DatePicker("Day");
                        date.setValue(LocalDate.of(2026, 11, 27));""", date),
                new GalleryEntry("DateRangePicker", """
                        new DateRangePicker("Period")""", new DateRangePicker("Period")),
                new GalleryEntry("TimePicker", """
                        new TimePicker("Time")""", new TimePicker("Time")),
                new GalleryEntry("DatetimePicker", """
                        new DatetimePicker("When")""", new DatetimePicker("When")),
                new GalleryEntry("DateSlider", """
                        new DateSlider(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))""",
                        new DateSlider(DAY.withDayOfMonth(1), DAY.withDayOfMonth(30))),
                new GalleryEntry("DateRangeSlider", """
                        var stay = new DateRangeSlider(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                                new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
                        stay.setName("Stay");""", stay),
                new GalleryEntry("DatetimeRangeSlider", """
                        var nine = LocalDateTime.of(2026, 11, 27, 9, 0);
                        var shift = new DatetimeRangeSlider(nine, nine.plusHours(10),
                                Span.of(nine.plusHours(1), nine.plusHours(4)));
                        shift.setName("Shift");
                        shift.setStep(Duration.ofMinutes(15));""", shift),
                new GalleryEntry("DatetimeRangePicker", """
                        var window = new DatetimeRangePicker("Maintenance window");
                        window.setValue(Span.of(LocalDateTime.of(2026, 11, 27, 22, 0),
                                LocalDateTime.of(2026, 11, 28, 2, 0)));""", window));
    }
}
