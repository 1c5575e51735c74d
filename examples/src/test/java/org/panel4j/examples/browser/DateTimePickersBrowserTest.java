package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.widget.Button;
import org.panel4j.widget.DatePicker;
import org.panel4j.widget.DateRange;
import org.panel4j.widget.DateRangePicker;
import org.panel4j.widget.DateSlider;
import org.panel4j.widget.DatetimePicker;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TimePicker;

/**
 * The native date and time fields of DatePicker, DateRangePicker, TimePicker and DatetimePicker, and
 * DateSlider (moved with the arrow key, as a user would): what the user picks reaches the server as
 * java.time values, what the server sets shows in the fields, and an out-of-bounds date is refused with a message while the server keeps its value. Fields are filled
 * as a native picker leaves them (value set, then input and change events): typing into a native date
 * field through Selenium depends on Chromium's locale and did not reach the page's value here.
 */
class DateTimePickersBrowserTest {

    /** Each picker, and a text that shows what the server holds (computed there: the weekday, the days). */
    private static final App DATES = session -> {
        var date = new DatePicker("Day");
        date.setStart(LocalDate.of(2026, 1, 1));
        date.setEnd(LocalDate.of(2026, 12, 31));
        var range = new DateRangePicker("Stay");
        range.setStart(LocalDate.of(2026, 1, 1));
        var time = new TimePicker("At");
        var dateTime = new DatetimePicker("When");
        var slider = new DateSlider(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 2, 27));
        slider.setName("Slide");
        var seen = new StaticText("none");
        seen.setName("Server");
        Runnable show = () -> seen.setValue(String.join("; ",
                date.getValue() == null ? "day -" : "day " + date.getValue() + " " + date.getValue().getDayOfWeek(),
                range.getValue() == null ? "stay -" : "stay " + range.getValue().start() + ".." + range.getValue().end()
                        + " " + (range.getValue().end().toEpochDay() - range.getValue().start().toEpochDay() + 1) + " days",
                "at " + time.getValue(), "when " + dateTime.getValue(),
                "slide " + slider.getValue() + " " + slider.getValue().getDayOfWeek()));
        date.valueProperty().watch(change -> show.run());
        range.valueProperty().watch(change -> show.run());
        time.valueProperty().watch(change -> show.run());
        dateTime.valueProperty().watch(change -> show.run());
        slider.valueProperty().watch(change -> show.run());
        var set = new Button("Set on server");
        set.onClick(event -> {
            date.setValue(LocalDate.of(2026, 7, 4));
            range.setValue(new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 15)));
            time.setValue(LocalTime.of(9, 30));
            dateTime.setValue(LocalDateTime.of(2026, 12, 24, 18, 45));
            slider.setValue(LocalDate.of(2026, 12, 31));
        });
        return new Column(new Row(date, range), new Row(time, dateTime), slider, seen, set);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/dates", DATES)));

    private static final String FIELDS = """
            const v = (s) => document.querySelector(s).value;
            return [v('.p4j-DatePicker input'), v('.p4j-DateRangePicker input[aria-label=From]'),
              v('.p4j-DateRangePicker input[aria-label=To]'), v('.p4j-TimePicker input'), v('.p4j-DatetimePicker input'),
              v('.p4j-DateSlider input') + ' ' + document.querySelector('.p4j-DateSlider output').textContent];
            """;

    @Test
    void whatTheUserPicks_reachesTheServerAsJavaTime_andWhatTheServerSets_showsInTheFields() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/dates"));
        assertThat(browser.js("""
                const d = document.querySelector('.p4j-DatePicker input');
                return [d.type, d.min, d.max, document.querySelector('.p4j-DatePicker label').textContent,
                  document.querySelector('.p4j-TimePicker input').type, document.querySelector('.p4j-DatetimePicker input').type,
                  document.querySelector('.p4j-DateRangePicker').getAttribute('role')];
                """)).isEqualTo(List.of("date", "2026-01-01", "2026-12-31", "Day", "time", "datetime-local", "group"));

        pick(browser, ".p4j-DatePicker input", "2026-02-28");
        pick(browser, ".p4j-DateRangePicker input[aria-label=From]", "2026-01-01");
        pick(browser, ".p4j-DateRangePicker input[aria-label=To]", "2026-01-31");
        pick(browser, ".p4j-TimePicker input", "14:05");
        pick(browser, ".p4j-DatetimePicker input", "2026-02-28T23:30");
        browser.driver().findElement(By.cssSelector(".p4j-DateSlider input")).sendKeys(Keys.ARROW_RIGHT);
        awaitServer(browser, "day 2026-02-28 SATURDAY; stay 2026-01-01..2026-01-31 31 days; at 14:05; when 2026-02-28T23:30;"
                + " slide 2026-02-28 SATURDAY");

        browser.button("Set on server").click();
        browser.await("the server's values in the fields", d -> List.of("2026-07-04", "2026-08-01", "2026-08-15",
                "09:30", "2026-12-24T18:45", "364 2026-12-31").equals(browser.js(FIELDS)));
        awaitServer(browser, "day 2026-07-04 SATURDAY; stay 2026-08-01..2026-08-15 15 days; at 09:30; when 2026-12-24T18:45;"
                + " slide 2026-12-31 THURSDAY");
        browser.assertNoPageErrors();
    }

    @Test
    void anOutOfBoundsDate_isRefusedWithAMessage_andTheServerKeepsItsValue() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/dates"));
        pick(browser, ".p4j-DatePicker input", "2026-03-01");
        awaitServer(browser, "day 2026-03-01 SUNDAY; stay -; at null; when null; slide 2026-02-27 FRIDAY");

        pick(browser, ".p4j-DatePicker input", "2027-01-01");
        browser.await("the refusal shown", d -> String.valueOf(browser.js(
                "return document.querySelector('.p4j-toast-error')?.textContent ?? ''")).contains("must be at most 2026-12-31"));
        browser.await("the field to show the server's date again", d -> "2026-03-01".equals(browser.js(
                "return document.querySelector('.p4j-DatePicker input').value")));
        pick(browser, ".p4j-DateRangePicker input[aria-label=From]", "2026-04-01");
        pick(browser, ".p4j-DateRangePicker input[aria-label=To]", "2026-04-02");
        awaitServer(browser, "day 2026-03-01 SUNDAY; stay 2026-04-01..2026-04-02 2 days; at null; when null;"
                + " slide 2026-02-27 FRIDAY");
    }

    @Test
    void thePickersLookCleanWideAndNarrow() {
        Browser browser = SETUP.browser();
        var window = browser.driver().manage().window();
        Dimension size = window.getSize();
        try {
            for (int width : new int[] {1280, 390}) {
                window.setSize(new Dimension(width, 760));
                browser.open(SETUP.server().url("/dates"));
                browser.button("Set on server").click();
                browser.await("the server's values", d -> "2026-07-04".equals(browser.js(
                        "return document.querySelector('.p4j-DatePicker input').value")));
                assertThat(browser.js("""
                        const root = document.documentElement;
                        return root.scrollWidth <= root.clientWidth
                          && [...document.querySelectorAll('input')].every(i => i.getBoundingClientRect().right <= root.clientWidth);
                        """)).as("nothing is wider than the window at " + width + " px").isEqualTo(true);
                browser.screenshot("date_time_pickers-" + width);
            }
        } finally {
            window.setSize(size);
        }
    }

    /** Fills the native field as the user's picker leaves it: value set, then input and change events. */
    private static void pick(Browser browser, String selector, String value) {
        WebElement input = browser.driver().findElement(By.cssSelector(selector));
        browser.js("""
                const input = arguments[0];
                input.value = arguments[1];
                input.dispatchEvent(new Event('input', { bubbles: true }));
                input.dispatchEvent(new Event('change', { bubbles: true }));
                """, input, value);
    }

    private static void awaitServer(Browser browser, String expected) {
        browser.await("the server to hold " + expected, d -> String.valueOf(browser.js(
                "return document.querySelector('.p4j-StaticText').textContent")).equals("Server: " + expected));
    }
}
