package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The status badge: when the server goes away the page says so and offers a reload, and keeps input made
 * meanwhile for when a server answers again (it then comes back by itself: ClusterBrowserTest); nothing hangs.
 */
class ConnectionBrowserTest {

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup();

    @Test
    void stoppingTheServer_showsDisconnected_withAReloadOffer() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/async_click"));
        WebElement badge = browser.driver().findElement(By.cssSelector(".p4j-status"));
        WebElement reload = badge.findElement(By.cssSelector("button"));
        assertThat(badge.getAttribute("data-state")).isEqualTo("connected");
        assertThat(reload.isDisplayed()).as("no reload offer while connected").isFalse();
        browser.button("Click me!").click();
        browser.await("'Running 1'", d -> browser.driver().getPageSource().contains("Running 1"));

        long before = System.nanoTime();
        SETUP.server().close();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("the server stops promptly, a task still sleeping")
                .isLessThan(Duration.ofSeconds(5));
        double stoppedAt = browser.now();
        browser.await("the disconnected state", d -> "disconnected".equals(badge.getAttribute("data-state")));
        assertThat(browser.now() - stoppedAt).as("ms until the page says it is disconnected").isLessThan(5000.0);
        assertThat(badge.getText()).contains("Disconnected");
        assertThat(reload.isDisplayed()).isTrue();
        assertThat(reload.getText()).isEqualTo("Reload");

        browser.button("Click me!").click(); // a click with no server is kept, and the page stays live
        assertThat(browser.js("return window.panel4j.state")).isEqualTo("disconnected");
        assertThat(badge.findElement(By.cssSelector(".p4j-status-note")).getText())
                .as("the server closed with 1001: the page keeps the click for the fresh session it opens once a server answers")
                .isEqualTo("1 change waiting to be sent");
        browser.screenshot("disconnected");
    }
}
