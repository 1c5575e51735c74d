package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.testkit.TcpProxy;

/**
 * Input made while the page is away, when its session ends before the page is back (the server's
 * grace period passes): the page says that the input could not be sent and that it must be reloaded
 * (docs/protocol.md, "Input while disconnected").
 */
class OfflineInputLostBrowserTest {

    private static final Duration GRACE = Duration.ofSeconds(8); // long enough for a cold page to connect on a busy machine
    private static final List<OfflineInputApp> BUILT = new CopyOnWriteArrayList<>();
    private static final AtomicInteger SERVER_PORT = new AtomicInteger();
    /** The page's origin is the proxy's, not the server's: the server allows it (docs/security.md). */
    private static final TcpProxy proxy = new TcpProxy(SERVER_PORT::get);
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> {
        var server = ExamplesServer.start(new PicsumHandler(), Map.of("/offline", OfflineInputApp.app(BUILT)),
                config -> config.reconnectGrace(GRACE).allowWebSocketOrigin(proxy.origin()));
        SERVER_PORT.set(server.server().port());
        return server;
    });

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @Test
    void sessionEndedWhileInputWaited_thePageSaysItWasNotSent_andToReload() throws Exception {
        Browser browser = SETUP.browser();
        browser.open(proxy.url("/offline"));
        OfflineInputApp app = BUILT.get(0);

        proxy.down();
        browser.await("the page to notice", d -> !"connected".equals(browser.js("return window.panel4j.state")));
        for (int i = 0; i < 3; i++) {
            browser.button("Count").click();
        }
        // the badge counts what waits (OfflineInputBrowserTest checks it closely); on a busy machine the grace
        // period may already be over here, which is where this test goes next anyway
        browser.await("the badge to count what waits", d -> "3 changes waiting to be sent".equals(note())
                || app.session.isDestroyed());

        browser.await("the session to end on the server", d -> app.session.isDestroyed());
        browser.await("the page to give up", d -> !note().contains("waiting"));
        assertThat(note()).isEqualTo("Your last 3 changes could not be sent — reload the page.");
        WebElement badge = browser.driver().findElement(By.cssSelector(".p4j-status"));
        assertThat(badge.getAttribute("data-state")).isEqualTo("disconnected");
        assertThat(badge.findElement(By.cssSelector(".p4j-status-reload")).isDisplayed()).isTrue();
        assertThat(browser.button("Count").getAttribute("class")).doesNotContain("p4j-pending");

        proxy.up(); // the session is gone: the page comes back by itself with a fresh one (docs/deploy.md)
        browser.await("a fresh session, opened by the page itself", d -> BUILT.size() == 2
                && "connected".equals(browser.js("return window.panel4j.state")));
        assertThat(note()).as("what was lost is not kept any more").isEmpty();
        browser.button("Count").click();
        browser.await("the click to reach the fresh session", d -> BUILT.get(1).clicks.get() == 1);
        assertThat(app.clicks.get()).as("the lost clicks reached no session").isZero();
        browser.screenshot("offline-input-lost");
    }

    private static String note() {
        return (String) SETUP.browser().js("return document.querySelector('.p4j-status-note')?.textContent ?? ''");
    }
}
