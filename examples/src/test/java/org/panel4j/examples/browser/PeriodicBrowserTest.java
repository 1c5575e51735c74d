package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /periodic} in Chromium: the page changes by itself every second, and 'Stop' stops it. */
class PeriodicBrowserTest {

    private static final String TEXT = ".p4j-StaticText .p4j-static-text-value";
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup();

    @Test
    void pageTicksByItself_andStopsChangingAfterStop() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/periodic"));
        browser.record("text", TEXT);
        browser.await("two ticks (two changes since the first text)", d -> ticks().size() >= 2);
        assertThat(ticks()).doesNotHaveDuplicates();
        assertThat(browser.js("return document.querySelector('progress').value")).as("the progress bar moves")
                .isNotEqualTo(0L);

        browser.button("Stop").click();
        browser.await("'(stopped)'", d -> last().text().endsWith("(stopped)"));
        double stoppedAt = last().at();
        browser.await("more than two periods", d -> browser.now() > stoppedAt + 2500);
        assertThat(last().text()).as("unchanged since 'Stop'").endsWith("(stopped)");
        assertThat(last().at()).isEqualTo(stoppedAt);

        browser.button("Start").click();
        browser.await("a tick after 'Start'", d -> last().at() > stoppedAt && last().text().startsWith("Tick"));
        browser.screenshot("periodic");
    }

    private static List<String> ticks() {
        return SETUP.browser().recorded("text").stream().map(Browser.Stamped::text).filter(t -> t.startsWith("Tick")).toList();
    }

    private static Browser.Stamped last() {
        List<Browser.Stamped> all = SETUP.browser().recorded("text");
        return all.get(all.size() - 1);
    }
}
