package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.widget.Button;

/**
 * A failing callback in Chromium: the page shows a plain message with a short reference, never the
 * exception's class or message (those go to the log under the reference; see ErrorReferenceTest in core).
 */
class ErrorReferenceBrowserTest {

    private static final App FAILING = session -> {
        var fail = new Button("Fail (sync)");
        fail.onClick(event -> {
            throw new IllegalStateException("database unreachable");
        });
        return fail;
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/failing", FAILING)));

    @Test
    void aFailingCallback_showsAReference_notTheException() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/failing"));
        browser.button("Fail (sync)").click();
        // the toast fades in: until it is shown, WebDriver reads its text as empty
        WebElement toast = browser.await("the error toast, shown", d -> d.findElements(By.cssSelector(".p4j-toast-error"))
                .stream().filter(shown -> !shown.getText().isBlank()).findFirst().orElse(null));
        assertThat(toast.getText()).containsPattern("Something went wrong\\. Reference: [0-9A-Z]{4}-[0-9A-Z]{4}")
                .doesNotContain("database").doesNotContain("IllegalStateException");
    }
}
