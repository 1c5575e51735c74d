package org.panel4j.browser.probe;

import static org.panel4j.Panel.async;

import java.time.Duration;
import org.panel4j.browser.InPage;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * A test page compiled by TeaVM in the browser module's tests: user code as it is written for the
 * server ({@code Thread.sleep(Duration)}), run in the page (docs/browser.md).
 */
public final class RuntimeProbePage {

    private RuntimeProbePage() {}

    /** The page's entry point. */
    public static void main(String[] args) {
        InPage.run(session -> {
            var sleep = new Button("Sleep");
            var slept = new StaticText();
            slept.setName("slept");
            sleep.onClick(async(event -> {
                slept.setValue("Sleeping " + event.newValue());
                Thread.sleep(Duration.ofMillis(1500));
                slept.setValue("Slept " + event.newValue());
            }));
            return new Column(new Row(sleep, slept));
        });
    }
}
