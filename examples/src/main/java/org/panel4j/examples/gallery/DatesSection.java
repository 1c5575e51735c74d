package org.panel4j.examples.gallery;

import java.time.LocalDate;
import java.util.List;
import org.panel4j.widget.DatePicker;
import org.panel4j.widget.DateRangePicker;
import org.panel4j.widget.DateSlider;
import org.panel4j.widget.DatetimePicker;
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
                        new DateSlider(DAY.withDayOfMonth(1), DAY.withDayOfMonth(30))));
    }
}
