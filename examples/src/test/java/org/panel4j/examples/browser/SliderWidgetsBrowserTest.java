package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.panel4j.widget.Button;
import org.panel4j.widget.DateRange;
import org.panel4j.widget.DateRangeSlider;
import org.panel4j.widget.DatetimeRangePicker;
import org.panel4j.widget.DatetimeRangeSlider;
import org.panel4j.widget.DiscreteSlider;
import org.panel4j.widget.EditableIntSlider;
import org.panel4j.widget.EditableRangeSlider;
import org.panel4j.widget.IntRangeSlider;
import org.panel4j.widget.NumberInput;
import org.panel4j.widget.Player;
import org.panel4j.widget.RangeSlider;
import org.panel4j.widget.Span;

/**
 * The sliders, range pickers, spinner and players of issue 13 §2, driven on /gallery as a user drives
 * them (a tab click, arrow keys on a slider's handle, typing into a number box, a picked date, the play
 * button): each card's readout, written by the server, shows the value it received, and what the server
 * sets (every widget's value, a bound an editable slider extended, a player's next frame) shows in the page. A page error
 * fails the test (BrowserSetup).
 */
class SliderWidgetsBrowserTest {

    /** Each new widget and a button that sets every value on the server. */
    private static final App SERVER_SET = session -> {
        var discrete = new DiscreteSlider<>(List.of(1, 2, 4, 8), gb -> gb + " GB");
        var ints = new IntRangeSlider(0, 10, 2, 8);
        var doubles = new RangeSlider(0, 1, 0.2, 0.8);
        var editable = new EditableIntSlider(0, 10, 3);
        var editableRange = new EditableRangeSlider(0, 10, 2, 6);
        var day = LocalDate.of(2026, 11, 1);
        var days = new DateRangeSlider(day, day.plusDays(29));
        var times = new DatetimeRangeSlider(day.atTime(9, 0), day.atTime(18, 0));
        var picker = new DatetimeRangePicker("Window");
        var spinner = NumberInput.ofInts("Count", 0, 100, 3);
        spinner.setFormat("0,0 items");
        var player = new Player(0, 10);
        var set = new Button("Set on server");
        set.onClick(event -> {
            discrete.setValue(8);
            ints.setValue(Span.of(3, 4));
            doubles.setValue(Span.of(0.5, 0.6));
            editable.setValue(42);
            editableRange.setValue(Span.of(-1.0, 3.0));
            days.setValue(new DateRange(day.plusDays(4), day.plusDays(6)));
            times.setValue(Span.of(day.atTime(10, 30), day.atTime(12, 0)));
            picker.setValue(Span.of(day.atTime(22, 0), day.plusDays(1).atTime(6, 0)));
            spinner.setValue(12);
            player.setValue(7);
        });
        return new Column(discrete, ints, doubles, editable, editableRange, days, times, picker, spinner, player, set);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/server_set", SERVER_SET)));

    /** What the page shows of each widget of SERVER_SET. */
    private static final String SERVER_VALUES = """
                const q = (s) => document.querySelector(s);
                const out = (type) => q(`.p4j-${type} output`).textContent;
                return [out('DiscreteSlider'), out('IntRangeSlider'), out('RangeSlider'),
                  [q('.p4j-EditableIntSlider input[type=number]').value, q('.p4j-EditableIntSlider input[type=range]').value,
                   q('.p4j-EditableIntSlider input[type=range]').max].join(' '),
                  [q('.p4j-EditableRangeSlider input[type=range]').min, q('.p4j-EditableRangeSlider input[type=range]').max,
                   out('EditableRangeSlider')].join(' '),
                  out('DateRangeSlider'), out('DatetimeRangeSlider'),
                  q('.p4j-DatetimeRangePicker input[aria-label=From]').value + ' ' + q('.p4j-DatetimeRangePicker input[aria-label=To]').value,
                  q('.p4j-NumberInput input').value, out('Player') + ' ' + q('.p4j-Player input[type=range]').value];
                """;

    /** The card of the gallery entry titled {@code title}. */
    private static WebElement card(Browser browser, String title) {
        return browser.driver().findElement(By.xpath("//*[contains(@class,'gallery-entry')][.//*[contains(@class,'p4j-card-title')"
                + " and normalize-space()='" + title + "']]"));
    }

    private static WebElement in(Browser browser, String title, String selector) {
        return card(browser, title).findElement(By.cssSelector(selector));
    }

    private static String readout(Browser browser, String title) {
        return in(browser, title, ".gallery-readout").getText();
    }

    private static void awaitReadout(Browser browser, String title, String expected) {
        browser.await(title + " to read " + expected, d -> expected.equals(readout(browser, title)));
    }

    private static void openTab(Browser browser, String tab) {
        WebElement button = browser.driver().findElement(
                By.xpath("//button[contains(@class,'p4j-tab') and normalize-space()='" + tab + "']"));
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", button);   // clear of the sticky header
        button.click();
    }

    /** The readout once it has stayed the same for 400 ms (two player intervals). */
    private static String steadyReadout(Browser browser, String title) {
        String last = readout(browser, title);
        while (true) {
            double since = browser.now();
            browser.await("400 ms to pass", d -> browser.now() - since > 400);
            String now = readout(browser, title);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
    }

    private static void press(WebElement input, CharSequence key) {
        input.sendKeys(key);
    }

    /** Types {@code text} into a box as a user does: select all, type, Enter. */
    private static void type(WebElement box, String text) {
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
    }

    @Test
    void theSliders_sendWhatTheUserChooses_andShowWhatTheServerSets() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        openTab(browser, "Sliders");

        awaitReadout(browser, "DiscreteSlider", "value: 4");
        assertThat(in(browser, "DiscreteSlider", "output").getText()).isEqualTo("4 GB");
        press(in(browser, "DiscreteSlider", "input[type=range]"), Keys.ARROW_RIGHT);
        awaitReadout(browser, "DiscreteSlider", "value: 8");
        assertThat(in(browser, "DiscreteSlider", "output").getText()).isEqualTo("8 GB");

        press(in(browser, "IntRangeSlider", "input[aria-label=From]"), Keys.ARROW_RIGHT);
        awaitReadout(browser, "IntRangeSlider", "value: [10, 17]");
        press(in(browser, "IntRangeSlider", "input[aria-label=To]"), Keys.ARROW_LEFT);
        awaitReadout(browser, "IntRangeSlider", "value: [10, 16]");
        assertThat(in(browser, "IntRangeSlider", "output").getText()).isEqualTo("10 – 16");

        press(in(browser, "RangeSlider", "input[aria-label=To]"), Keys.ARROW_LEFT);
        awaitReadout(browser, "RangeSlider", "value: [0.2, 0.75]");

        type(in(browser, "EditableIntSlider", "input[type=number]"), "150");
        awaitReadout(browser, "EditableIntSlider", "value: 150");
        browser.await("the slider's end the server extended", d -> "150".equals(
                in(browser, "EditableIntSlider", "input[type=range]").getAttribute("max")));
        assertThat(in(browser, "EditableIntSlider", "input[type=range]").getAttribute("value")).isEqualTo("150");

        press(in(browser, "EditableFloatSlider", "input[type=range]"), Keys.ARROW_RIGHT);
        awaitReadout(browser, "EditableFloatSlider", "value: 0.31");
        assertThat(in(browser, "EditableFloatSlider", "input[type=number]").getAttribute("value")).isEqualTo("0.31");

        type(in(browser, "EditableRangeSlider", "input[type=number][aria-label=To]"), "12");
        awaitReadout(browser, "EditableRangeSlider", "value: [2.0, 12.0]");
        browser.await("the range slider's end the server extended", d -> "12".equals(
                in(browser, "EditableRangeSlider", "input[type=range][aria-label=To]").getAttribute("max")));
        browser.assertNoPageErrors();
    }

    @Test
    void valuesSetOnTheServer_showInEveryWidget() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/server_set"));
        browser.button("Set on server").click();
        List<String> expected = List.of("8 GB", "3 – 4", "0.5 – 0.6", "42 42 42",
                "-1 10 -1.0 – 3.0", "2026-11-05 – 2026-11-07", "2026-11-01 10:30 – 2026-11-01 12:00",
                "2026-11-01T22:00 2026-11-02T06:00", "12 items", "7 7");
        try {
            browser.await("the server's values in the page", d -> expected.equals(browser.js(SERVER_VALUES)));
        } finally {
            assertThat(browser.js(SERVER_VALUES)).isEqualTo(expected);
        }
    }

    @Test
    void play_advancesTheValueOnTheServer_andPauseStopsIt() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        openTab(browser, "Sliders");
        awaitReadout(browser, "Player", "value: 0");

        in(browser, "Player", "button[aria-label=Play]").click();
        browser.await("the server to advance the player past 2", d -> value(readout(browser, "Player")) > 2);
        browser.await("the page's slider to follow", d -> Integer.parseInt(
                in(browser, "Player", "input[type=range]").getAttribute("value")) > 2);
        in(browser, "Player", "button[aria-label=Pause]").click();
        browser.await("the pause acknowledged", d -> "true".equals(
                in(browser, "Player", "button[aria-label=Pause]").getAttribute("aria-pressed")));
        // a step the server took before it saw the pause may still be on its way: wait until the value rests
        String paused = steadyReadout(browser, "Player");
        double since = browser.now();
        browser.await("five intervals (1 s) to pass", d -> browser.now() - since > 1000);
        assertThat(readout(browser, "Player")).as("no step while paused").isEqualTo(paused);

        in(browser, "DiscretePlayer", "button[aria-label=Next]").click();
        awaitReadout(browser, "DiscretePlayer", "value: \"Tue\"");
        in(browser, "DiscretePlayer", "button[aria-label=Last]").click();
        awaitReadout(browser, "DiscretePlayer", "value: \"Sun\"");
        new org.openqa.selenium.support.ui.Select(in(browser, "DiscretePlayer", "select")).selectByValue("loop");
        in(browser, "DiscretePlayer", "button[aria-label=Play]").click();
        awaitReadout(browser, "DiscretePlayer", "value: \"Mon\"");   // looped round on the server
        in(browser, "DiscretePlayer", "button[aria-label=Pause]").click();
        browser.await("the pause acknowledged", d -> "true".equals(
                in(browser, "DiscretePlayer", "button[aria-label=Pause]").getAttribute("aria-pressed")));
    }

    @Test
    void theDateRangeWidgets_andTheSpinner_sendWhatTheUserChooses() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        openTab(browser, "Dates and times");

        press(in(browser, "DateRangeSlider", "input[aria-label=From]"), Keys.ARROW_RIGHT);
        awaitReadout(browser, "DateRangeSlider", "value: [2026-11-10, 2026-11-15]");
        assertThat(in(browser, "DateRangeSlider", "output").getText()).isEqualTo("2026-11-10 – 2026-11-15");

        press(in(browser, "DatetimeRangeSlider", "input[aria-label=To]"), Keys.ARROW_RIGHT);
        awaitReadout(browser, "DatetimeRangeSlider", "value: [2026-11-27T10:00, 2026-11-27T13:15]");
        assertThat(in(browser, "DatetimeRangeSlider", "output").getText()).isEqualTo("2026-11-27 10:00 – 2026-11-27 13:15");

        assertThat(in(browser, "DatetimeRangePicker", "input[aria-label=From]").getAttribute("value"))
                .as("the server's value in the field").isEqualTo("2026-11-27T22:00");
        pick(browser, in(browser, "DatetimeRangePicker", "input[aria-label=To]"), "2026-11-28T03:30");
        awaitReadout(browser, "DatetimeRangePicker", "value: [2026-11-27T22:00, 2026-11-28T03:30]");

        openTab(browser, "Text and numbers");
        WebElement price = in(browser, "NumberInput", "input[role=spinbutton]");
        assertThat(price.getAttribute("value")).isEqualTo("$19.99");
        in(browser, "NumberInput", "button[aria-label=Increase]").click();
        awaitReadout(browser, "NumberInput", "value: 20.49");
        type(price, "$1,000");
        awaitReadout(browser, "NumberInput", "value: 1000.0");
        browser.await("the box to show the number in its format", d -> "$1,000.00".equals(price.getAttribute("value")));
        price.sendKeys(Keys.ARROW_DOWN);
        awaitReadout(browser, "NumberInput", "value: 999.5");
        type(price, "2000");
        browser.await("the refusal shown", d -> String.valueOf(browser.js(
                "return document.querySelector('.p4j-toast-error')?.textContent ?? ''")).contains("must be at most 1000.0"));
        browser.await("the box to show the server's number again", d -> "$999.50".equals(price.getAttribute("value")));
        assertThat(readout(browser, "NumberInput")).isEqualTo("value: 999.5");
    }

    @Test
    void theSectionsLookCleanWideAndNarrow() {
        Browser browser = SETUP.browser();
        var window = browser.driver().manage().window();
        Dimension size = window.getSize();
        try {
            for (int width : new int[] {1280, 390}) {
                window.setSize(new Dimension(width, 1400));
                browser.open(SETUP.server().url("/gallery"));
                for (String tab : List.of("Sliders", "Dates and times", "Text and numbers")) {
                    openTab(browser, tab);
                    assertThat(browser.js("""
                            const root = document.documentElement;
                            return root.scrollWidth <= root.clientWidth
                              && [...document.querySelectorAll('.p4j-tab-panels > :not(.p4j-tab-inactive) input,'
                                + ' .p4j-tab-panels > :not(.p4j-tab-inactive) button')]
                                .every(i => i.getBoundingClientRect().right <= root.clientWidth);
                            """)).as(tab + ": nothing is wider than the window at " + width + " px").isEqualTo(true);
                    browser.screenshot("slider_widgets-" + tab.split(" ")[0].toLowerCase() + "-" + width);
                }
                for (String entry : List.of("EditableFloatSlider", "Player", "NumberInput")) {
                    openTab(browser, entry.equals("NumberInput") ? "Text and numbers" : "Sliders");
                    browser.js("arguments[0].scrollIntoView()", card(browser, entry));
                    browser.screenshot("slider_widgets-" + entry.toLowerCase() + "-" + width);
                }
            }
        } finally {
            window.setSize(size);
        }
    }

    /** Fills a native field as the user's picker leaves it: value set, then input and change events. */
    private static void pick(Browser browser, WebElement input, String value) {
        browser.js("""
                const input = arguments[0];
                input.value = arguments[1];
                input.dispatchEvent(new Event('input', { bubbles: true }));
                input.dispatchEvent(new Event('change', { bubbles: true }));
                """, input, value);
    }

    private static int value(String readout) {
        return Integer.parseInt(readout.substring("value: ".length()));
    }
}
