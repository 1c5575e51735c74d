package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.panel4j.Panel.async;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Row;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * {@code /async_click} in Chromium: clicks run side by side, and other pages never wait. Asserted by
 * order and causality (docs/testing.md), so a busy machine cannot fail them.
 */
class AsyncClickBrowserTest {

    private static final String TEXT = ".p4j-StaticText .p4j-static-text-value";
    /** Released by the test: until then every task of {@link #HELD} is blocked. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** The async click with tasks that wait for the test instead of sleeping two seconds. */
    private static final App HELD = session -> {
        var button = new Button("Click me!");
        var text = new StaticText();
        button.onClick(async(event -> {
            text.setValue("Running " + event.newValue());
            RELEASE.await();
            text.setValue("Finished " + event.newValue());
        }));
        return new Row(button, text);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/held", HELD)));

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
        assumeTrue(second - first < 1000, "the browser took over a second to click again: too little overlap to see");
        // the second click was answered while the first task slept, and each task took its two seconds
        assertThat(browser.recorded("text")).extracting(Browser.Stamped::text)
                .containsSubsequence("Running 1", "Running 2", "Finished 1", "Finished 2");
        assertThat(seen("Finished 1") - first).as("ms from the first click to 'Finished 1'").isGreaterThanOrEqualTo(1900.0);
        assertThat(seen("Finished 2") - second).as("ms from the second click to 'Finished 2'").isGreaterThanOrEqualTo(1900.0);
        assertThat(seen("Finished 2") - seen("Finished 1"))
                .as("side by side: the second task ends well within the 2 s it would take after the first")
                .isLessThan(1900.0);
    }

    @Test
    void whileOnePagesTasksAreBlocked_anotherPagesClickIsAnswered() throws Exception {
        Browser browser = SETUP.browser();
        var driver = browser.driver();
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.WINDOW);
        String second = driver.getWindowHandle();
        browser.open(SETUP.server().url("/held"));
        driver.switchTo().window(first);
        browser.open(SETUP.server().url("/held"));
        browser.button("Click me!").click();
        // parallel tasks: wait for the first to show, or the two could write 'Running' in either order
        browser.await("'Running 1' on the first page", d -> lastText().equals("Running 1"));
        browser.button("Click me!").click();
        browser.await("'Running 2' on the first page", d -> lastText().equals("Running 2"));

        // the first page's two tasks stay blocked until the test releases them, however slow this machine
        driver.switchTo().window(second);
        browser.button("Click me!").click();
        browser.await("'Running 1' on the second page", d -> lastText().equals("Running 1"));
        assertThat(RELEASE.getCount()).as("the first page's tasks are still blocked").isEqualTo(1);

        RELEASE.countDown();
        browser.await("'Finished 1' on the second page", d -> lastText().equals("Finished 1"));
        driver.close();
        driver.switchTo().window(first);
        // both released tasks end side by side: either may write last
        browser.await("'Finished' on the first page", d -> lastText().startsWith("Finished"));
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
