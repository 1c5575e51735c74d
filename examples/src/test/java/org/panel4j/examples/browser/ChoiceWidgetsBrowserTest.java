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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.widget.AutocompleteInput;
import org.panel4j.widget.Button;
import org.panel4j.widget.CheckButtonGroup;
import org.panel4j.widget.ChoiceOptions;
import org.panel4j.widget.CrossSelector;
import org.panel4j.widget.MultiChoice;
import org.panel4j.widget.MultiSelect;
import org.panel4j.widget.NestedSelect;
import org.panel4j.widget.RadioBoxGroup;

/**
 * The choice widgets in Chromium, on the gallery's "Choice" tab: a user picks, types and moves options
 * in each, and the server gets the value (each card's {@code value:} line is written by the server); values
 * the server sets show in the page; a disabled option forced in the page is refused by the server and the
 * page goes back. Screenshots at 1280 and 390 px wide show the layout, which must not overflow at 390 px.
 */
class ChoiceWidgetsBrowserTest {

    /** One session's widgets of the server-side page. */
    record Widgets(org.panel4j.widget.Select<Integer> memory, RadioBoxGroup<String> size, CheckButtonGroup<String> days,
                   MultiSelect<String> cities, MultiChoice<String> tags, AutocompleteInput city,
                   CrossSelector<String> route, NestedSelect place) {}

    private static final List<Widgets> BUILT = new CopyOnWriteArrayList<>();
    private static final List<String> CITIES = List.of("Berlin", "Lisbon", "Oslo", "Paris");

    private static final App SERVER_SET = session -> {
        var w = new Widgets(new org.panel4j.widget.Select<>(ChoiceOptions.labelled(List.of(8, 16, 32), gb -> gb + " GB")),
                new RadioBoxGroup<>(List.of("S", "M", "L")), new CheckButtonGroup<>(List.of("Mon", "Tue", "Wed")),
                new MultiSelect<>(CITIES), new MultiChoice<>(CITIES), new AutocompleteInput("City", CITIES),
                new CrossSelector<>(CITIES), new NestedSelect(Map.of("Europe", Map.of("France", List.of("Paris", "Lyon")))));
        var set = new Button("Set from server");
        set.onClick(event -> {
            w.memory().setValue(32);
            w.size().setValue("L");
            w.days().setValue(List.of("Mon", "Wed"));
            w.cities().setValue(List.of("Oslo", "Berlin"));
            w.tags().setValue(List.of("Paris"));
            w.city().setValue("Lisbon");
            w.route().setValue(List.of("Lisbon", "Paris"));
            w.place().setValue(List.of("Europe", "France", "Lyon"));
        });
        BUILT.add(w);
        return new Column(new Row(w.memory(), w.size(), w.days()), new Row(w.cities(), w.tags(), w.city()),
                new Row(w.route(), w.place()), set);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/choices", SERVER_SET)));

    @Test
    void onTheGallery_eachChoiceWidget_takesWhatTheUserPicks() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        browser.driver().findElement(By.xpath("//button[@role='tab'][normalize-space()='Choice']")).click();
        browser.await("the Choice tab", d -> card("NestedSelect").isDisplayed());
        assertThat(readout(browser, "NestedSelect")).isEqualTo("[\"Asia\", \"India\", \"Delhi\"]");

        // Select with labels: the page shows labels, the server holds the values; the disabled one is greyed
        Select memory = new Select(in("Select with labels and a disabled option", "select"));
        assertThat(memory.getOptions()).extracting(WebElement::getText).containsExactly("8 GB", "16 GB", "32 GB", "64 GB");
        assertThat(memory.getOptions().get(3).isEnabled()).isFalse();
        memory.selectByVisibleText("32 GB");
        awaitReadout(browser, "Select with labels and a disabled option", "32");

        Select food = new Select(in("Select with groups", "select"));
        assertThat(in("Select with groups", "select").findElements(By.tagName("optgroup")))
                .extracting(g -> g.getAttribute("label")).containsExactly("Fruit", "Vegetable");
        food.selectByVisibleText("Leek");
        awaitReadout(browser, "Select with groups", "\"Leek\"");

        in("RadioBoxGroup", "//label[normalize-space()='Large']").click();
        awaitReadout(browser, "RadioBoxGroup", "\"Large\"");

        in("CheckButtonGroup", "//button[normalize-space()='Tue']").click();
        in("CheckButtonGroup", "//button[normalize-space()='Thu']").click();
        awaitReadout(browser, "CheckButtonGroup", "[\"Tue\", \"Thu\"]");
        in("CheckButtonGroup", "//button[normalize-space()='Tue']").click();
        awaitReadout(browser, "CheckButtonGroup", "[\"Thu\"]");

        in("ToggleGroup", "//button[normalize-space()='Italic']").click();
        awaitReadout(browser, "ToggleGroup", "[\"Italic\"]");

        Select cities = new Select(in("MultiSelect", "select"));
        cities.selectByVisibleText("Berlin");
        new Actions(browser.driver()).keyDown(Keys.CONTROL)
                .click(in("MultiSelect", "//option[normalize-space()='Oslo']")).keyUp(Keys.CONTROL).perform();
        awaitReadout(browser, "MultiSelect", "[\"Berlin\", \"Oslo\"]");

        WebElement search = in("MultiChoice", "input");
        search.click();
        search.sendKeys("par");
        assertThat(suggestions(browser, "MultiChoice")).containsExactly("Paris");
        browser.js("arguments[0].scrollIntoView({ block: 'center' })", card("MultiChoice"));
        browser.screenshot("choice-suggestions");
        in("MultiChoice", "//li[normalize-space()='Paris']").click();
        awaitReadout(browser, "MultiChoice", "[\"Paris\"]");
        search.sendKeys("LON", Keys.ENTER);   // Enter takes the first suggestion; the search ignores case
        awaitReadout(browser, "MultiChoice", "[\"Paris\", \"London\"]");
        in("MultiChoice", "//button[@aria-label='Remove Paris']").click();
        awaitReadout(browser, "MultiChoice", "[\"London\"]");
        search.click();
        search.sendKeys("rom", Keys.ENTER);
        search.sendKeys("osl", Keys.ENTER);
        awaitReadout(browser, "MultiChoice", "[\"London\", \"Rome\", \"Oslo\"]");
        search.sendKeys("a");
        assertThat(search.getDomProperty("value")).as("the field takes no more past maxItems 3").isEmpty();
        assertThat(suggestions(browser, "MultiChoice")).isEmpty();
        search.sendKeys(Keys.BACK_SPACE);   // in the empty field: removes the last tag
        awaitReadout(browser, "MultiChoice", "[\"London\", \"Rome\"]");

        WebElement city = in("AutocompleteInput", "input");
        city.click();
        city.sendKeys("P");
        assertThat(suggestions(browser, "AutocompleteInput")).as("fewer than minCharacters 2").isEmpty();
        city.sendKeys("r");
        assertThat(suggestions(browser, "AutocompleteInput")).containsExactly("Prague");
        in("AutocompleteInput", "//li[normalize-space()='Prague']").click();
        awaitReadout(browser, "AutocompleteInput", "\"Prague\"");
        city.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Nowhere", Keys.TAB);   // restrict: not an option
        browser.await("the field back at the server's value", d -> "Prague".equals(city.getDomProperty("value")));
        city.click();
        city.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Vi", Keys.ARROW_DOWN, Keys.ENTER);
        awaitReadout(browser, "AutocompleteInput", "\"Vienna\"");

        List<WebElement> filters = card("CrossSelector").findElements(By.cssSelector("input[type=search]"));
        filters.get(0).sendKeys("lo");
        assertThat(new Select(card("CrossSelector").findElements(By.tagName("select")).get(0)).getOptions())
                .extracting(WebElement::getText).containsExactly("London", "Oslo");
        Select available = new Select(card("CrossSelector").findElements(By.tagName("select")).get(0));
        available.selectByVisibleText("Oslo");
        available.selectByVisibleText("London");
        in("CrossSelector", "//button[@aria-label='Choose the selected options']").click();
        awaitReadout(browser, "CrossSelector", "[\"London\", \"Oslo\"]");   // in the options' order
        new Select(card("CrossSelector").findElements(By.tagName("select")).get(1)).selectByVisibleText("London");
        in("CrossSelector", "//button[@aria-label='Remove the selected options']").click();
        awaitReadout(browser, "CrossSelector", "[\"Oslo\"]");

        new Select(in("NestedSelect", "//select[@data-level='0']")).selectByVisibleText("Europe");
        awaitReadout(browser, "NestedSelect", "[\"Europe\", \"France\", \"Paris\"]");
        new Select(in("NestedSelect", "//select[@data-level='1']")).selectByVisibleText("Spain");
        awaitReadout(browser, "NestedSelect", "[\"Europe\", \"Spain\", \"Madrid\"]");
        new Select(in("NestedSelect", "//select[@data-level='2']")).selectByVisibleText("Seville");
        awaitReadout(browser, "NestedSelect", "[\"Europe\", \"Spain\", \"Seville\"]");

        screenshots(browser, "choice-gallery");
        browser.assertNoPageErrors();
    }

    @Test
    void aDisabledOption_forcedInThePage_isRefusedByTheServer_andThePageGoesBack() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        browser.driver().findElement(By.xpath("//button[@role='tab'][normalize-space()='Choice']")).click();
        String title = "Select with labels and a disabled option";
        browser.await("the Choice tab", d -> card(title).isDisplayed());
        browser.js("""
                const select = arguments[0];
                select.options[3].disabled = false;
                select.value = '64 GB';
                select.dispatchEvent(new Event('change', { bubbles: true }));
                """, in(title, "select"));
        browser.await("the select back at the server's value", d -> "8 GB".equals(in(title, "select").getDomProperty("value")));
        browser.await("the refusal shown", d -> d.findElement(By.cssSelector(".p4j-toast-error")).getText()
                .contains("option '64 GB' is disabled"));
        assertThat(readout(browser, title)).isEqualTo("8");
        browser.clearPageErrors();   // the refusal toast is the expected outcome, not a page error
    }

    @Test
    void valuesTheServerSets_showInThePage() {
        Browser browser = SETUP.browser();
        int built = BUILT.size();
        browser.open(SETUP.server().url("/choices"));
        assertThat(BUILT).hasSizeGreaterThan(built);
        browser.button("Set from server").click();
        browser.await("the server's values", d -> "Europe,France,Lyon".equals(page(browser).get("place")));
        assertThat(page(browser)).containsExactlyInAnyOrderEntriesOf(Map.of("memory", "32 GB", "size", "L",
                "days", "Mon,Wed", "cities", "Berlin,Oslo", "tags", "Paris", "city", "Lisbon", "route", "Lisbon,Paris",
                "place", "Europe,France,Lyon"));
        browser.assertNoPageErrors();
    }

    private static final String PAGE = """
            const q = (s) => document.querySelector(s);
            const all = (s, f = (e) => e.textContent) => [...document.querySelectorAll(s)].map(f).join();
            return {
              memory: q('.p4j-Select select').selectedOptions[0].textContent,
              size: all('.p4j-RadioBoxGroup input:checked', (e) => e.value),
              days: all('.p4j-CheckButtonGroup button[aria-pressed=true]'),
              cities: all('.p4j-MultiSelect option:checked'),
              tags: all('.p4j-MultiChoice .p4j-tag-text'),
              city: q('.p4j-AutocompleteInput input').value,
              route: all('.p4j-CrossSelector .p4j-cross-side:last-child option'),
              place: all('.p4j-NestedSelect select', (e) => e.value),
            };
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> page(Browser browser) {
        return (Map<String, Object>) browser.js(PAGE);
    }

    /** The gallery card titled {@code title}. */
    private static WebElement card(String title) {
        return SETUP.browser().driver().findElement(By.xpath("//section[contains(@class,'gallery-entry')]"
                + "[.//h2[normalize-space()=\"" + title + "\"]]"));
    }

    /** The element in the card {@code title} that {@code selector} finds: XPath when it starts with '/', else CSS. */
    private static WebElement in(String title, String selector) {
        return card(title).findElement(selector.startsWith("/") ? By.xpath("." + selector) : By.cssSelector(selector));
    }

    /** The value the card's readout shows, without its "" prefix(es). */
    private static String readout(Browser browser, String title) {
        return in(title, ".gallery-readout").getText().replace("value: ", "");
    }

    private static void awaitReadout(Browser browser, String title, String expected) {
        browser.await(title + " to read " + expected, d -> expected.equals(readout(browser, title)));
    }

    private static List<String> suggestions(Browser browser, String title) {
        return card(title).findElements(By.cssSelector(".p4j-suggestion")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    /** Full-page screenshots at 1280 and 390 px wide; at 390 no card may be wider than the window. */
    private static void screenshots(Browser browser, String name) {
        var window = browser.driver().manage().window();
        Dimension size = window.getSize();
        try {
            for (int width : new int[] {1280, 390}) {
                window.setSize(new Dimension(width, 900));
                long height = ((Number) browser.js("return document.documentElement.scrollHeight")).longValue();
                window.setSize(new Dimension(width, (int) Math.min(height + 200, 8000)));
                browser.screenshot(name + "-" + width);
                Object overflow = browser.js("""
                        return [...document.querySelectorAll('.gallery-entry')]
                          .filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                                      || c.scrollWidth > c.clientWidth + 1)
                          .map((c) => c.querySelector('h2').textContent);
                        """);
                assertThat((List<?>) overflow).as("cards wider than the window at " + width + " px").isEmpty();
            }
        } finally {
            window.setSize(size);
        }
    }
}
