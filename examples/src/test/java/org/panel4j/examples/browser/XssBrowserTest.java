package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.TimeoutException;
import org.panel4j.examples.PicsumHandler;

/**
 * The XSS corpus of {@link XssCorpus} through every text-bearing component, at load and after a patch:
 * no payload runs (a trap installed before any page script counts runs and blocked inline scripts),
 * no active element or attribute is made from the text, and the text shows as text.
 */
class XssBrowserTest {

    /** Installed before the page's own scripts: payload runs, and CSP-blocked inline script attempts. */
    private static final String TRAP = """
            window.__xss = [];
            window.__csp = [];
            window.__errors = [];
            window.addEventListener('error', (e) => window.__errors.push(e.message + ' at ' + e.filename + ':' + e.lineno));
            document.addEventListener('securitypolicyviolation',
                (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
            """;
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(
            () -> ExamplesServer.start(new PicsumHandler(), Map.of("/xss", XssCorpus.app()),
                    config -> config.devMode(true))); // dev mode: the error toast shows the exception text

    @Test
    void everyPayload_inEveryTextComponent_showsAsText_andNeverRuns() {
        Browser browser = SETUP.browser();
        browser.onNewDocument(TRAP);
        browser.open(SETUP.server().url("/xss"));
        assertInert("at load", "", 0);

        browser.button("Again").click();
        browser.await("the patched card titles", d -> XssCorpus.payload(0, 1).equals(
                browser.js("return document.querySelector('.p4j-card-title').textContent")));
        assertInert("after the patch", ".p4j-toast-error ", 1);
        browser.screenshot("xss");
    }

    /** Waits (bounded) for every payload to show in every component and toast, then checks nothing ran. */
    private static void assertInert(String when, String toasts, int shift) {
        Browser browser = SETUP.browser();
        try {
            browser.await("every payload shown " + when, d -> problems(toasts, shift).isEmpty());
        } catch (TimeoutException e) {
            // reported below, with the list of problems
        }
        assertThat(browser.js("return window.__errors")).as("script errors in the page " + when).isEqualTo(List.of());
        assertThat(problems(toasts, shift)).as("payload text shown as text, no active markup, " + when).isEmpty();
        assertThat(browser.js("return window.__xss")).as("payloads that ran " + when).isEqualTo(List.of());
        assertThat(browser.js("return window.__csp")).as("inline scripts the CSP had to block " + when)
                .isEqualTo(List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(String toasts, int shift) {
        return (List<String>) SETUP.browser().js(PageCheck.SCRIPT, XssCorpus.PAYLOADS, toasts, shift);
    }
}
