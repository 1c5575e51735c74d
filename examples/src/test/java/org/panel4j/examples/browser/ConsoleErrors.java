package org.panel4j.examples.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Makes an error in a page fail its browser test: every page records its {@code console.error} calls
 * (the client logs a view type without a module, or a prop a view does not know), uncaught errors and
 * unhandled rejections; the harness reads them when the test ends. The one error event that is not a
 * fault is left out: "ResizeObserver loop completed with undelivered notifications" is the browser
 * saying a resize observer (Tabulator's, ECharts') changed layout and the rest of its notifications
 * come next frame; it has no exception, Chromium's console does not show it, and whether it fires
 * depends on frame timing (it made TableBrowserTest fail once in CI).
 */
final class ConsoleErrors {

    private static final String RECORDER = """
            window.__p4jErrors = [];
            {
              const note = (text) => { if (window.__p4jErrors.length < 50) window.__p4jErrors.push(String(text).slice(0, 500)); };
              const original = console.error;
              console.error = function (...args) { note(args.map(String).join(' ')); return original.apply(this, args); };
              window.addEventListener('error', (e) => {
                if (!String(e.message).startsWith('ResizeObserver loop')) note('uncaught: ' + e.message);
              });
              window.addEventListener('unhandledrejection', (e) => note('unhandled rejection: ' + e.reason));
            }
            """;

    private ConsoleErrors() {}

    /** Records errors in every document {@code driver} opens from now on. */
    static void install(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    /** The errors the current page recorded (none for a page opened before {@link #install}). */
    static List<String> read(JavascriptExecutor page) {
        Object errors = page.executeScript("return window.__p4jErrors ?? []");
        return ((List<?>) errors).stream().map(String::valueOf).toList();
    }

    /** Throws when the current page recorded an error. */
    static void assertNone(JavascriptExecutor page) {
        assertNone(read(page));
    }

    /** Throws when {@code errors}, as {@link #read} returned them, are not empty. */
    static void assertNone(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new AssertionError("The page logged errors: " + errors);
        }
    }
}
