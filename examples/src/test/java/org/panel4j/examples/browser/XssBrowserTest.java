package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Column;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.Str;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** Text is shown as text: markup in a StaticText, a Str or a Markdown never runs, at load or in a patch. */
class XssBrowserTest {

    private static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    private static final String SCRIPT = "<script>window.__xss=1</script>";
    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(), Map.of("/xss", xssApp())));

    /** Three text panes holding the payloads at load, and a button that sets them again (a patch). */
    private static App xssApp() {
        return session -> {
            var text = new StaticText(IMG + SCRIPT);
            var str = new Str(IMG + SCRIPT);
            var markdown = new Markdown(IMG + "\n\n" + SCRIPT);
            var again = new Button("Again");
            again.onClick(event -> {
                text.setValue(SCRIPT + IMG);
                str.valueProperty().set(SCRIPT + IMG);
                markdown.valueProperty().set(SCRIPT + "\n\n" + IMG);
            });
            return new Column(again, text, str, markdown);
        };
    }

    @Test
    void markupInTextPanes_showsAsText_andNeverRuns() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/xss"));
        assertShownAsText();

        browser.button("Again").click();
        browser.await("the patched text", d -> text(".p4j-StaticText").startsWith(SCRIPT));
        browser.await("the patched Markdown", d -> text(".p4j-Markdown").startsWith(SCRIPT));
        assertShownAsText();
        browser.screenshot("xss");
    }

    private static void assertShownAsText() {
        for (String pane : new String[] {".p4j-StaticText", ".p4j-Str", ".p4j-Markdown"}) {
            assertThat(text(pane)).as(pane + " shows the markup as text").contains(IMG, SCRIPT);
        }
        assertThat(SETUP.browser().driver().findElements(By.cssSelector("#p4j-root img, #p4j-root script")))
                .as("no element was made from the text").isEmpty();
        assertThat(SETUP.browser().js("return typeof window.__xss")).isEqualTo("undefined");
    }

    private static String text(String selector) {
        return (String) SETUP.browser().js("return document.querySelector(arguments[0]).textContent", selector);
    }
}
