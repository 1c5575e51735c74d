package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.panel4j.testkit.Waits;

/**
 * A page whose session another socket legitimately took over (it brought the page's newest reconnect
 * token) is closed with 1000: it stops for good, never reconnects to fight back, and says so with a
 * reload offer (docs/protocol.md, "Close codes").
 */
class ReplacedPageBrowserTest {

    /** Installed before the page's own scripts: counts the sockets the page opens and keeps its newest reconnect token. */
    private static final String SPY = """
            window.__sockets = [];
            window.__reconnect = null;
            const NativeWebSocket = window.WebSocket;
            window.WebSocket = class extends NativeWebSocket {
              constructor(...args) {
                super(...args);
                window.__sockets.push(String(args[0]));
                this.addEventListener('message', (e) => {
                  if (typeof e.data !== 'string') return;
                  const message = JSON.parse(e.data);
                  if (message.type === 'init' && message.reconnect) window.__reconnect = message.reconnect;
                });
              }
            };
            """;
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup();

    @Test
    void replacedPage_stopsWithoutReconnecting_andSaysItWasOpenedElsewhere() throws Exception {
        Browser browser = SETUP.browser();
        browser.onNewDocument(SPY);
        browser.open(SETUP.server().url("/async_click"));
        assertThat(browser.js("return window.__sockets.length")).isEqualTo(1L);
        String token = (String) browser.js("return window.__reconnect");
        assertThat(token).as("the reconnect token of the page's init").isNotBlank();

        var taker = new Recorder();
        WebSocket other = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Origin", SETUP.server().url(""))
                .buildAsync(URI.create(SETUP.server().url("/async_click/ws").replace("http:", "ws:") + "?token=" + token), taker)
                .get(10, TimeUnit.SECONDS);
        taker.await("an init for the new socket", m -> m.startsWith("{\"type\":\"init\""));

        WebElement status = browser.driver().findElement(By.cssSelector(".p4j-status"));
        browser.await("the replaced state", d -> "replaced".equals(status.getAttribute("data-state")));
        double replacedAt = browser.now();
        assertThat(status.getText()).contains("Opened elsewhere — reload to continue");
        assertThat(status.findElement(By.cssSelector("button")).isDisplayed()).as("a reload offer").isTrue();

        // the client retried after 0.375 to 0.625 s when it reconnected on a close; give it five times that
        browser.await("3 s of page time after the replacement", d -> browser.now() > replacedAt + 3000);
        assertThat(browser.js("return window.__sockets.length")).as("sockets the page opened").isEqualTo(1L);
        assertThat(browser.js("return window.panel4j.state")).isEqualTo("replaced");
        assertThat(taker.closed).as("the new socket was left alone").isNotDone();
        assertThat(SETUP.server().server().sessionCount()).isEqualTo(1);
        other.sendClose(1000, "done");
        browser.screenshot("replaced");
    }

    /** Collects the text messages of a socket. */
    private static final class Recorder implements WebSocket.Listener {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            closed.complete(code);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete(-1);
        }

        void await(String what, java.util.function.Predicate<String> test) {
            Waits.until(() -> messages.stream().anyMatch(test), Browser.WAIT, () -> what + "; got " + messages);
        }
    }
}
