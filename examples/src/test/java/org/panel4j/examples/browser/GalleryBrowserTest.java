package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The gallery at {@code /gallery} in Chromium: every tab renders without page errors, every view is
 * known, every input shows the server's value; at 390 px wide nothing overflows. Each tab is saved as
 * a screenshot at both widths ({@code target/screenshots/gallery-*}). The widget tests drive the inputs.
 */
class GalleryBrowserTest {

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup();

    @Test
    void everyTabRenders_atDesktopAndPhoneWidth_withoutUnknownViewsOrOverflow() {
        Browser browser = SETUP.browser();
        for (var size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            browser.open(SETUP.server().url("/gallery"));
            List<String> tabs = tabTitles(browser);
            assertThat(tabs).as("the gallery's tabs").contains("Text and numbers", "Choice", "Sliders", "Layouts");
            for (int i = 0; i < tabs.size(); i++) {
                String tab = tabs.get(i);
                openTab(browser, tab);
                var cards = visibleCards(browser);
                assertThat(cards).as("entries on tab " + tab).isNotEmpty();
                assertThat(browser.js("return document.querySelectorAll('.p4j-unknown').length"))
                        .as("views missing on tab " + tab).isEqualTo(0L);
                for (WebElement readout : browser.driver().findElements(By.cssSelector(".gallery-readout"))) {
                    if (readout.isDisplayed()) {
                        assertThat(readout.getText()).as("a readout on tab " + tab).startsWith("value: ");
                    }
                }
                if (size.getWidth() < 500) {
                    assertThat(browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .as("horizontal overflow at 390 px on tab " + tab).isEqualTo(0L);
                }
                if (tab.equals("Indicators")) {
                    assertThat(browser.js("return document.querySelector('.p4j-dial').dataset.fraction + ' '"
                            + " + document.querySelectorAll('.p4j-dial-band').length + ' '"
                            + " + document.querySelector('.p4j-dial-needle').getAttribute('transform')"))
                            .as("the Dial's needle at 3.2 of 0..6, over its three bands").isEqualTo("0.5333 3 rotate(369.00 100 100)");
                }
                if (tab.equals("Panes")) {
                    assertThat(browser.js("return document.querySelectorAll('.p4j-markdown table td').length"))
                            .as("the Markdown entry's GFM table").isEqualTo(4L);
                }
                browser.screenshot("gallery-" + (i + 1) + "-" + slug(tab) + "-" + size.getWidth());
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1100, 760));
    }

    @Test
    void theServerSeesWhatTheUserEnters_andThePageShowsWhatTheServerSets() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));

        WebElement name = card(browser, "TextInput").findElement(By.cssSelector("input"));
        name.sendKeys("Ada", Keys.TAB);
        awaitReadout(browser, "TextInput", "value: \"Ada\"");

        openTab(browser, "Sliders");
        card(browser, "IntSlider").findElement(By.cssSelector("input[type=range]")).sendKeys(Keys.ARROW_RIGHT);
        awaitReadout(browser, "IntSlider", "value: 4");

        openTab(browser, "Buttons and toggles");
        browser.button("Run").click();
        browser.await("the button renamed by its callback on the server", d -> !d.findElements(
                By.xpath("//button[normalize-space()='Run (1)']")).isEmpty());
        card(browser, "Checkbox").findElement(By.cssSelector("input")).click();
        awaitReadout(browser, "Checkbox", "value: true");
    }

    private static List<String> tabTitles(Browser browser) {
        // the gallery's own tab bar is the first; tabs inside entries (the Tabs entry) come later
        return browser.driver().findElement(By.cssSelector(".p4j-tab-bar")).findElements(By.cssSelector(".p4j-tab"))
                .stream().map(tab -> tab.getAttribute("textContent").strip()).toList();
    }

    private static void openTab(Browser browser, String title) {
        WebElement tab = browser.driver().findElement(By.cssSelector(".p4j-tab-bar"))
                .findElement(By.xpath("./*[normalize-space()='" + title + "']"));
        browser.js("arguments[0].scrollIntoView({inline: 'center', block: 'nearest'})", tab);
        tab.click();
        browser.await("tab " + title + " to open", d -> "true".equals(tab.getAttribute("aria-selected")));
    }

    private static List<WebElement> visibleCards(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".gallery-entry")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private static WebElement card(Browser browser, String title) {
        return browser.driver().findElement(By.xpath("//*[contains(@class,'gallery-entry')]"
                + "[.//*[contains(@class,'p4j-card-title') and normalize-space()='" + title + "']]"));
    }

    private static void awaitReadout(Browser browser, String title, String expected) {
        browser.await(title + " to show " + expected, d -> expected.equals(
                card(browser, title).findElement(By.cssSelector(".gallery-readout")).getText()));
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
