package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.testkit.TcpProxy;

/**
 * Input made while the page reconnects (docs/protocol.md, "Input while disconnected"): the connection
 * is cut between Chromium and the server (the server's socket is reset, the page sees 1006), the
 * user clicks, drags and types meanwhile; once the page is back, the server gets each click exactly
 * once and the newest values, and input for a component removed meanwhile is dropped with a notice.
 */
class OfflineInputBrowserTest {

    private static final List<OfflineInputApp> BUILT = new CopyOnWriteArrayList<>();
    private static final AtomicInteger SERVER_PORT = new AtomicInteger();
    /** The page's origin is the proxy's, not the server's: the server allows it (docs/security.md). */
    private static final TcpProxy proxy = new TcpProxy(SERVER_PORT::get);
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> {
        var server = ExamplesServer.start(new PicsumHandler(), Map.of("/offline", OfflineInputApp.app(BUILT)),
                config -> config.allowWebSocketOrigin(proxy.origin()));
        SERVER_PORT.set(server.server().port());
        return server;
    });

    @AfterEach
    void proxyUp() {
        proxy.up();
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @Test
    void inputMadeWhileReconnecting_reachesTheServerOnceAfterTheResync() throws Exception {
        Browser browser = SETUP.browser();
        int built = BUILT.size();
        browser.open(proxy.url("/offline"));
        OfflineInputApp app = BUILT.get(built);
        browser.button("Count").click();
        browser.await("the click before the cut", d -> app.clicks.get() == 1);
        browser.record("status", ".p4j-status-label");
        recordToasts();

        proxy.down();
        browser.await("the page to notice", d -> !"connected".equals(state()));
        app.session.withLock(() -> app.column.remove(app.soonGone));
        for (int i = 0; i < 3; i++) {
            browser.button("Count").click();
        }
        WebElement range = browser.driver().findElement(By.cssSelector(".p4j-IntSlider input[type=range]"));
        range.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        WebElement text = browser.driver().findElement(By.cssSelector(".p4j-TextInput input"));
        text.sendKeys("hello", Keys.TAB);
        browser.button("Soon gone").click();

        // three clicks, the slider's value and valueThrottled, the text, the other click: kept, coalesced
        browser.await("the badge to count what waits", d -> "7 changes waiting to be sent".equals(note()));
        WebElement count = browser.button("Count");
        assertThat(count.getAttribute("class")).contains("p4j-pending");
        assertThat(count.getAttribute("data-p4j-pending")).isEqualTo("3");
        assertThat(app.clicks.get()).as("nothing reached the server yet").isEqualTo(1);
        browser.screenshot("offline-input-waiting");

        proxy.up();
        browser.await("connected again", d -> "connected".equals(state()));
        assertThat(browser.recorded("status")).extracting(Browser.Stamped::text).contains("Reconnecting…");
        browser.await("the three clicks made offline", d -> app.clicks.get() == 4);
        browser.await("the newest slider value", d -> app.levels.equals(List.of(8)));
        browser.await("the typed text", d -> app.notes.equals(List.of("hello")));
        assertThat(app.goneClicks.get()).as("the removed button's click").isZero();
        assertThat(toasts()).anySatisfy(t -> assertThat(t).isEqualTo(
                "1 change made while reconnecting was for a part of the page that no longer exists; it was not sent."));
        assertThat(note()).isEmpty();
        assertThat(count.getAttribute("class")).doesNotContain("p4j-pending");
        assertThat(text.getAttribute("value")).as("the typed text stays").isEqualTo("hello");
        assertThat(range.getAttribute("value")).isEqualTo("8");

        // never twice: a later resync sends nothing again, and the next click is the fifth
        proxy.down();
        browser.await("the page to notice the second cut", d -> !"connected".equals(state()));
        proxy.up();
        browser.await("connected again", d -> "connected".equals(state()));
        browser.button("Count").click();
        browser.await("the fifth click", d -> app.clicks.get() >= 5);
        assertThat(app.clicks.get()).isEqualTo(5);
        assertThat(app.levels).containsExactly(8);
        assertThat(app.notes).containsExactly("hello");
        assertThat(BUILT).as("no new session was built").hasSize(built + 1);
    }

    @Test
    void moreInputThanThePageKeeps_theRestIsNotSent_andThePageSaysSo() throws Exception {
        Browser browser = SETUP.browser();
        int built = BUILT.size();
        browser.open(proxy.url("/offline"));
        OfflineInputApp app = BUILT.get(built);
        recordToasts();

        proxy.down();
        browser.await("the page to notice", d -> !"connected".equals(state()));
        WebElement count = browser.button("Count");
        for (int i = 0; i < 35; i++) {
            count.click();
        }
        browser.await("the badge to say what is kept", d -> "32 changes waiting to be sent, 3 changes not kept".equals(note()));
        assertThat(toasts()).containsExactly(
                "The page is reconnecting and cannot keep more changes; further changes will not be sent.");

        proxy.up();
        browser.await("connected again", d -> "connected".equals(state()));
        browser.await("the 32 clicks kept", d -> app.clicks.get() >= 32);
        browser.await("the notice of the rest", d -> toasts().size() == 2);
        assertThat(toasts().get(1)).isEqualTo("3 changes made while reconnecting could not be kept; they were not sent.");
        count.click();
        browser.await("the next click", d -> app.clicks.get() >= 33);
        assertThat(app.clicks.get()).as("the 32 kept, none refused by the server's rate limit, the next one").isEqualTo(33);
    }

    private static Object state() {
        return SETUP.browser().js("return window.panel4j.state");
    }

    /** What the connection badge says about input made offline ("" when nothing). */
    private static String note() {
        return (String) SETUP.browser().js("return document.querySelector('.p4j-status-note')?.textContent ?? null");
    }

    /** Notes the text of every toast shown from now on (toasts go away after a few seconds). */
    private static void recordToasts() {
        SETUP.browser().js("""
                window.__toasts = [];
                new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => {
                  if (n.classList?.contains('p4j-toast'))
                    window.__toasts.push(n.querySelector('.p4j-toast-text').textContent);
                }))).observe(document.body, { childList: true, subtree: true });""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> toasts() {
        return (List<String>) SETUP.browser().js("return window.__toasts");
    }
}
