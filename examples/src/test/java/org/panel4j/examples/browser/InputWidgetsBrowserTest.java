package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.CheckBoxGroup;
import org.panel4j.widget.ColorPicker;
import org.panel4j.widget.FloatInput;
import org.panel4j.widget.IntInput;
import org.panel4j.widget.PasswordInput;
import org.panel4j.widget.RadioButtonGroup;
import org.panel4j.widget.Switch;
import org.panel4j.widget.TextAreaInput;

/**
 * The input widgets in Chromium: a user types, clicks and picks in each, and the server gets the value;
 * a value the server sets shows in the page. Screenshots at 1280 and 390 px wide show the layout.
 */
class InputWidgetsBrowserTest {

    /** One session's widgets. */
    record Inputs(PasswordInput password, TextAreaInput notes, IntInput count, FloatInput ratio, Switch live,
                  ColorPicker colour, RadioButtonGroup<String> level, CheckBoxGroup<String> tags) {}

    private static final List<Inputs> BUILT = new CopyOnWriteArrayList<>();

    private static final App INPUTS = session -> {
        var password = new PasswordInput("Password");
        password.setPlaceholder("at least 8 characters");
        var notes = new TextAreaInput("Notes");
        notes.setAutoGrow(true);
        notes.setPlaceholder("write a few lines");
        var count = new IntInput("Count", 0, 10, 3);
        var ratio = new FloatInput("Ratio", null, null, 0.5);
        ratio.setStep(0.25);
        var live = new Switch("Live updates");
        var colour = new ColorPicker("Colour");
        colour.setValue("#1f77b4");
        var level = new RadioButtonGroup<>(List.of("low", "mid", "high"));
        level.setName("Level");
        var tags = new CheckBoxGroup<>(List.of("red", "green", "blue"));
        tags.setName("Tags");
        var set = new Button("Set from server").buttonType(ButtonType.PRIMARY);
        set.onClick(event -> {
            password.setValue("");
            notes.setValue("from the server");
            count.setValue(9);
            ratio.setValue(null);
            live.setValue(false);
            colour.setValue("#336699");
            level.setValue("low");
            tags.setValue(List.of("green"));
        });
        BUILT.add(new Inputs(password, notes, count, ratio, live, colour, level, tags));
        return new Column(new Row(password, notes), new Row(count, ratio), new Row(live, colour), level, tags, set);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/inputs", INPUTS)));

    private static final String PAGE = """
            const q = (s) => document.querySelector(s);
            return {
              password: q('.p4j-PasswordInput input').value + ' ' + q('.p4j-PasswordInput input').type,
              notes: q('.p4j-TextAreaInput textarea').value,
              count: q('.p4j-IntInput input').value + ' ' + q('.p4j-IntInput input').min + '..' + q('.p4j-IntInput input').max,
              ratio: q('.p4j-FloatInput input').value + ' step ' + q('.p4j-FloatInput input').step,
              live: q('.p4j-Switch [role=switch]').getAttribute('aria-checked'),
              colour: q('.p4j-ColorPicker input').value,
              level: [...document.querySelectorAll('.p4j-RadioButtonGroup [role=radio]')]
                .filter((b) => b.getAttribute('aria-checked') === 'true').map((b) => b.textContent).join(),
              tags: [...document.querySelectorAll('.p4j-CheckBoxGroup input')].filter((i) => i.checked).map((i) => i.value).join(),
            };
            """;

    @Test
    void eachWidget_takesWhatTheUserEnters_andShowsWhatTheServerSets() throws Exception {
        Browser browser = SETUP.browser();
        int built = BUILT.size();
        browser.open(SETUP.server().url("/inputs"));
        Inputs app = BUILT.get(built);
        assertThat(page(browser)).containsExactlyInAnyOrderEntriesOf(Map.of("password", " password", "notes", "",
                "count", "3 0..10", "ratio", "0.5 step 0.25", "live", "false", "colour", "#1f77b4", "level", "low",
                "tags", ""));
        screenshots(browser, "inputs-initial");

        type(browser, ".p4j-PasswordInput input", "s3cret pass", Keys.TAB);
        browser.await("the password", d -> "s3cret pass".equals(app.password().getValue()));

        WebElement notes = browser.driver().findElement(By.cssSelector(".p4j-TextAreaInput textarea"));
        int before = notes.getSize().getHeight();
        assertThat(before).as("the empty text area shows its 2 rows").isGreaterThan(50);
        type(browser, ".p4j-TextAreaInput textarea", "one\ntwo\nthree\nfour", Keys.TAB);
        browser.await("the notes", d -> "one\ntwo\nthree\nfour".equals(app.notes().getValue()));
        assertThat(notes.getSize().getHeight()).as("the text area grew with its text").isGreaterThan(before);

        type(browser, ".p4j-IntInput input", "7", Keys.TAB);
        browser.await("the count", d -> Integer.valueOf(7).equals(app.count().getValue()));
        browser.driver().findElement(By.cssSelector(".p4j-IntInput input")).sendKeys(Keys.ARROW_UP);
        browser.driver().findElement(By.cssSelector(".p4j-IntInput input")).sendKeys(Keys.TAB);
        browser.await("the count stepped up", d -> Integer.valueOf(8).equals(app.count().getValue()));

        type(browser, ".p4j-FloatInput input", "-2.75", Keys.TAB);
        browser.await("the ratio", d -> Double.valueOf(-2.75).equals(app.ratio().getValue()));
        type(browser, ".p4j-FloatInput input", "", Keys.TAB);
        browser.await("the emptied ratio", d -> app.ratio().getValue() == null);

        browser.driver().findElement(By.cssSelector(".p4j-switch-label")).click();
        browser.await("the switch", d -> app.live().getValue());

        // the native colour dialog cannot be driven; the page picks as the dialog does (input, then change)
        browser.js("""
                const input = document.querySelector('.p4j-ColorPicker input');
                input.value = '#ff8800';
                input.dispatchEvent(new Event('input', { bubbles: true }));
                input.dispatchEvent(new Event('change', { bubbles: true }));
                """);
        browser.await("the colour", d -> "#ff8800".equals(app.colour().getValue()));

        browser.button("high").click();
        browser.await("the level", d -> "high".equals(app.level().getValue()));

        browser.driver().findElement(By.xpath("//label[.//span[text()='red']]")).click();
        browser.driver().findElement(By.xpath("//label[.//span[text()='blue']]")).click();
        browser.await("the tags", d -> List.of("red", "blue").equals(app.tags().getValue()));

        assertThat(page(browser)).containsExactlyInAnyOrderEntriesOf(Map.of("password", "s3cret pass password",
                "notes", "one\ntwo\nthree\nfour", "count", "8 0..10", "ratio", " step 0.25", "live", "true",
                "colour", "#ff8800", "level", "high", "tags", "red,blue"));
        screenshots(browser, "inputs-entered");

        browser.button("Set from server").click();
        browser.await("the server's values", d -> "green".equals(page(browser).get("tags")));
        assertThat(page(browser)).containsExactlyInAnyOrderEntriesOf(Map.of("password", " password",
                "notes", "from the server", "count", "9 0..10", "ratio", " step 0.25", "live", "false",
                "colour", "#336699", "level", "low", "tags", "green"));
        browser.assertNoPageErrors();
    }

    /** Clears the field {@code selector} finds, types {@code text}, then {@code then} (a key). */
    private static void type(Browser browser, String selector, String text, Keys then) {
        WebElement field = browser.driver().findElement(By.cssSelector(selector));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text.replace("\n", Keys.ENTER.toString()));
        field.sendKeys(then);
    }

    private static void screenshots(Browser browser, String name) {
        var window = browser.driver().manage().window();
        Dimension size = window.getSize();
        try {
            window.setSize(new Dimension(1280, 900));
            browser.screenshot(name + "-1280");
            window.setSize(new Dimension(390, 1500));
            browser.screenshot(name + "-390");
        } finally {
            window.setSize(size);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> page(Browser browser) {
        return (Map<String, Object>) browser.js(PAGE);
    }
}
