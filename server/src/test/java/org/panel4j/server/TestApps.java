package org.panel4j.server;

import static org.panel4j.Panel.async;

import org.panel4j.App;
import org.panel4j.layout.Row;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/** The app the protocol tests serve: [sync button, async button, disabled button], a text and a slider. */
final class TestApps {

    static final String XSS = "<img src=x onerror=alert(1)>";

    private TestApps() {}

    static App clicks() {
        return session -> {
            var sync = new Button("Sync");
            var slow = new Button("Async");
            var off = new Button("Off");
            off.setDisabled(true);
            var text = new StaticText();
            var slider = new IntSlider(0, 10, 5);
            var xss = new StaticText();
            xss.setValue(XSS);
            sync.onClick(event -> text.setValue("Clicked " + event.newValue()));
            slow.onClick(async(event -> {
                text.setValue("Running " + event.newValue());
                Thread.sleep(50);
                text.setValue("Finished " + event.newValue());
            }));
            return new Row(sync, slow, off, text, slider, xss);
        };
    }
}
