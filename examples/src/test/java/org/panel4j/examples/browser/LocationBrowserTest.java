package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Column;
import org.panel4j.widget.IntSlider;

/**
 * URL state in Chromium (docs/decisions/0019-url-state.md): a deep link restores synced values before
 * the first view, a change of a synced widget changes the URL, Back and Forward move between states
 * and the server sees them, a bad value in the URL keeps the default and shows a notice.
 */
class LocationBrowserTest {

    private record Built(IntSlider slider, org.panel4j.widget.Select<String> service) {}

    private static final List<Built> BUILT = new CopyOnWriteArrayList<>();

    private static final App SYNCED = session -> {
        var slider = new IntSlider(0, 10, 3);
        slider.setName("N");
        var service = new org.panel4j.widget.Select<>(List.of("api", "billing", "search"));
        service.setName("Service");
        session.location().sync(slider, "n").sync(service, "service");
        BUILT.add(new Built(slider, service));
        return new Column(slider, service);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/synced", SYNCED)));

    @Test
    void aDeepLink_restoresTheValue_beforeTheFirstView() {
        Browser browser = SETUP.browser();
        Built built = open(browser, "/synced?n=7&service=search&other=kept");
        assertThat(built.slider().getValue()).isEqualTo(7);
        assertThat(built.service().getValue()).isEqualTo("search");
        assertThat(browser.js("return window.panel4j.nodes.get(arguments[0]).value", built.slider().id()))
                .as("the first view the page got already held the link's value").isEqualTo(7L);
        assertThat(url(browser)).contains("n=7").contains("service=search").contains("other=kept");
        assertThat(browser.js("return window.panel4j.location.counts.push")).isEqualTo(0L);
        browser.assertNoPageErrors();
    }

    @Test
    void aChange_updatesTheUrl_andBackAndForward_setTheValueAgain_andTheServerSeesThem() throws Exception {
        Browser browser = SETUP.browser();
        Built built = open(browser, "/synced");
        browser.await("the page's values in its URL", d -> url(browser).contains("n=3&service=api"));
        long historyLength = (Long) browser.js("return history.length");

        choose(browser, "billing");
        browser.await("the server to see billing", d -> "billing".equals(built.service().getValue()));
        browser.await("the URL to show billing", d -> url(browser).contains("service=billing"));
        // a later choice is a new history entry (changes within GESTURE_MS amend the current one)
        Thread.sleep(800);
        choose(browser, "search");
        browser.await("the URL to show search", d -> url(browser).contains("service=search"));
        assertThat(browser.js("return history.length")).isEqualTo(historyLength + 2);

        browser.driver().navigate().back();
        browser.await("the server to see billing again", d -> "billing".equals(built.service().getValue()));
        assertThat(new Select(select(browser)).getFirstSelectedOption().getText()).isEqualTo("billing");
        browser.driver().navigate().back();
        browser.await("the server to see the first value again", d -> "api".equals(built.service().getValue()));
        browser.driver().navigate().forward();
        browser.await("the server to see billing after Forward", d -> "billing".equals(built.service().getValue()));
        assertThat(url(browser)).contains("service=billing");
        assertThat(BUILT.getLast()).as("Back and Forward never reloaded the page").isSameAs(built);
        browser.assertNoPageErrors();
    }

    @Test
    void aBadValueInTheUrl_keepsTheDefault_andShowsANotice() {
        Browser browser = SETUP.browser();
        Built built = open(browser, "/synced?n=99&service=nope");
        assertThat(built.slider().getValue()).isEqualTo(3);
        assertThat(built.service().getValue()).isEqualTo("api");
        WebElement toast = browser.await("the notice", d -> d.findElements(By.cssSelector(".p4j-toast")).stream()
                .filter(t -> t.getText().contains("\u201cn\u201d was not used")).findFirst().orElse(null));
        assertThat(toast.getAttribute("class")).contains("warning");
        browser.await("the URL to show the values used", d -> url(browser).contains("n=3&service=api"));
    }

    private static Built open(Browser browser, String path) {
        int built = BUILT.size();
        browser.open(SETUP.server().url(path));
        return BUILT.get(built);
    }

    private static String url(Browser browser) {
        return browser.driver().getCurrentUrl();
    }

    private static WebElement select(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".p4j-Select select"));
    }

    private static void choose(Browser browser, String label) {
        new Select(select(browser)).selectByVisibleText(label);
    }
}
