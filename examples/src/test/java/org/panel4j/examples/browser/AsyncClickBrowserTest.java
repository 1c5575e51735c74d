package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;

/**
 * {@code /async_click} in Chromium: clicks run side by side, and other pages never wait. Asserted by
 * order and causality (docs/testing.md), so a busy machine cannot fail them.
 */
class AsyncClickBrowserTest {

    private static final String TEXT = ".p4j-StaticText .p4j-static-text-value";
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup();

    @Test
    void twoQuickClicks_runSideBySide_eachFinishingTwoSecondsAfterItsClick() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/async_click"));
        browser.record("text", TEXT);
        var button = browser.button("Click me!");

        button.click();
        browser.await("'Running 1'", d -> lastText().equals("Running 1"));
        button.click();
        browser.await("'Finished 2'", d -> lastText().equals("Finished 2"));
        browser.screenshot("async_click");

        List<Browser.Stamped> clicks = browser.recorded("clicks");
        assertThat(clicks).extracting(Browser.Stamped::text).containsExactly("Click me!", "Click me!");
        double first = clicks.get(0).at();
        double second = clicks.get(1).at();
        // the second click was answered while the first task slept, and each task took its two seconds
        assertThat(browser.recorded("text")).extracting(Browser.Stamped::text)
                .containsSubsequence("Running 1", "Running 2", "Finished 1", "Finished 2");
        assertThat(seen("Finished 1") - first).as("ms from the first click to 'Finished 1'").isGreaterThanOrEqualTo(1900.0);
        assertThat(seen("Finished 2") - second).as("ms from the second click to 'Finished 2'").isGreaterThanOrEqualTo(1900.0);
        assertThat(seen("Finished 2") - first).as("side by side: well under the 4 s of two tasks in series")
                .isLessThan(3800.0);
    }

    @Test
    void whileOnePagesTasksSleep_anotherPagesClickIsAnsweredAtOnce() {
        Browser browser = SETUP.browser();
        var driver = browser.driver();
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.WINDOW);
        String second = driver.getWindowHandle();
        browser.open(SETUP.server().url("/async_click"));
        driver.switchTo().window(first);
        browser.open(SETUP.server().url("/async_click"));
        browser.record("text", TEXT);
        double firstOrigin = browser.timeOrigin();
        browser.button("Click me!").click();
        // parallel tasks: wait for the first to show, or the two could write 'Running' in either order
        browser.await("'Running 1' on the first page", d -> lastText().equals("Running 1"));
        browser.button("Click me!").click();
        browser.await("'Running 2' on the first page", d -> lastText().equals("Running 2"));

        driver.switchTo().window(second);
        browser.record("text", TEXT);
        browser.button("Click me!").click();
        browser.await("'Running 1' on the second page", d -> lastText().equals("Running 1"));
        double secondAnswered = browser.timeOrigin() + seen("Running 1");

        driver.switchTo().window(first);
        browser.await("'Finished 2' on the first page", d -> lastText().equals("Finished 2"));
        double firstFinished = firstOrigin + seen("Finished 1");
        assertThat(secondAnswered).as("the second page's click was answered while the first page's tasks slept")
                .isLessThan(firstFinished);
        driver.switchTo().window(second);
        driver.close();
        driver.switchTo().window(first);
    }

    private static String lastText() {
        return (String) SETUP.browser().js("return document.querySelector(arguments[0]).textContent", TEXT);
    }

    private static double seen(String text) {
        return SETUP.browser().recorded("text").stream().filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' was never shown: " + SETUP.browser().recorded("text")))
                .at();
    }
}
