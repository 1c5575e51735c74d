package org.panel4j.browser.demo;

import static org.panel4j.Panel.async;

import org.panel4j.browser.InPage;
import org.panel4j.layout.Row;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * The seed's async click, compiled to {@code async_click/app.js}: a click says 'Running N' at once and
 * 'Finished N' two seconds later, clicks side by side, all in the page.
 */
public final class AsyncClickPage {

    private AsyncClickPage() {}

    /** The page's entry point. */
    public static void main(String[] args) {
        InPage.run(session -> {
            var button = new Button("Click me!");
            var text = new StaticText();
            button.onClick(async(event -> {
                text.setValue("Running " + event.newValue());
                Thread.sleep(2000); // Thread.sleep(Duration) is not in TeaVM 0.16.0 (docs/browser.md)
                text.setValue("Finished " + event.newValue());
            }));
            return new Row(button, text);
        });
    }
}
