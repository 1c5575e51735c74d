package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.testkit.TcpProxy;
import org.panel4j.widget.StaticText;

/**
 * The connection cut by a TCP proxy between Chromium and the server (page and WebSocket both pass it):
 * the badge says the page is reconnecting; changes made on the server meanwhile (a periodic callback,
 * direct sets, a new component) all reach the page when the proxy is back, in the same session.
 */
class ReconnectBrowserTest {

    private static final CopyOnWriteArrayList<ReconnectApp> BUILT = new CopyOnWriteArrayList<>();
    private static final AtomicInteger SERVER_PORT = new AtomicInteger();
    /** The page's origin is the proxy's, not the server's: the server allows it (docs/security.md). */
    private static final TcpProxy PROXY = new TcpProxy(SERVER_PORT::get);
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> {
        var server = ExamplesServer.start(new PicsumHandler(), Map.of("/reconnect", ReconnectApp.app(BUILT)),
                config -> config.allowWebSocketOrigin(PROXY.origin()));
        SERVER_PORT.set(server.server().port());
        return server;
    });

    @AfterAll
    static void stopProxy() {
        PROXY.close();
    }

    @Test
    void cutConnection_reconnectsToTheSameSession_andLosesNoUpdateMadeMeanwhile() throws Exception {
        Browser browser = SETUP.browser();
        browser.open(PROXY.url("/reconnect"));
        for (int i = 0; i < 3; i++) {
            browser.button("Count").click();
        }
        browser.await("'Clicks: 3'", d -> "Clicks: 3".equals(shown("clicks")));
        browser.js("window.__samePage = true");
        browser.record("status", ".p4j-status-label");
        ReconnectApp app = BUILT.get(0);

        PROXY.down();
        browser.await("the page to notice", d -> !"connected".equals(browser.js("return window.panel4j.state")));
        long ticksAtCut = app.ticker.counter();
        app.session.withLock(() -> {
            app.note.setValue("set while cut");
            app.column.add(new StaticText("added while cut"));
        });
        browser.await("three ticks on the server while cut", d -> app.ticker.counter() >= ticksAtCut + 3);
        app.session.withLock(app.ticker::stop);
        String finalTick = app.ticks.getValue();
        assertThat(shown("ticks")).as("the page did not see the last ticks yet").isNotEqualTo(finalTick);

        PROXY.up();
        browser.await("connected again", d -> "connected".equals(browser.js("return window.panel4j.state")));
        assertThat(browser.recorded("status")).extracting(Browser.Stamped::text).contains("Reconnecting…");
        assertThat(BUILT).as("no new session was built").hasSize(1);
        assertThat(SETUP.server().server().sessionCount()).isEqualTo(1);
        assertThat(browser.js("return window.__samePage")).as("the page was not reloaded").isEqualTo(true);
        browser.await("the final tick", d -> finalTick.equals(shown("ticks")));
        assertThat(shown("clicks")).as("the session's own counter").isEqualTo("Clicks: 3");
        assertThat(shown("note")).isEqualTo("set while cut");
        assertThat(browser.js("return [...document.querySelectorAll('.p4j-static-text-value')].map(e => e.textContent)"))
                .isEqualTo(java.util.List.of("Clicks: 3", finalTick, "set while cut", "added while cut"));

        browser.button("Count").click();
        browser.await("'Clicks: 4' (the socket works both ways)", d -> "Clicks: 4".equals(shown("clicks")));
        browser.screenshot("reconnect");
    }

    /** The value text of the StaticText named {@code name}. */
    private static String shown(String name) {
        return (String) SETUP.browser().js("""
                for (const t of document.querySelectorAll('.p4j-StaticText'))
                  if (t.querySelector('.p4j-static-text-name').textContent === arguments[0] + ': ')
                    return t.querySelector('.p4j-static-text-value').textContent;
                return null;""", name);
    }
}
