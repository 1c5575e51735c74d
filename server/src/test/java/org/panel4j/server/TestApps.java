package org.panel4j.server;

import static org.panel4j.Panel.async;

import java.util.List;
import org.panel4j.App;
import org.panel4j.layout.Card;
import org.panel4j.layout.Row;
import org.panel4j.layout.Tabs;
import org.panel4j.widget.Button;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;
import org.panel4j.widget.Toggle;

/** The app the protocol tests serve: [sync button, async button, disabled button], a text and a slider. */
final class TestApps {

    static final String XSS = "<img src=x onerror=alert(1)>";

    private TestApps() {}

    /** One of each client-writable widget, one disabled and one hidden, inside layouts; callbacks that change others. */
    static App everyWidget() {
        return session -> {
            var button = new Button("Go");
            var off = new Button("Off");
            off.setDisabled(true);
            var text = new StaticText();
            var slider = new IntSlider(0, 10, 5);
            var floats = new FloatSlider(0, 1, 0.5);
            var input = new TextInput("name");
            var hidden = new TextInput("hidden");
            hidden.setVisible(false);
            var select = new Select<>(List.of("a", "b"));
            var check = new Checkbox("check");
            var toggle = new Toggle("toggle");
            button.onClick(e -> text.setValue("Clicked " + e.newValue()));
            slider.valueProperty().watch(e -> floats.setValue(e.newValue() / 10.0));
            input.valueProperty().watch(e -> text.setValue(e.newValue()));
            toggle.valueProperty().watch(e -> off.setDisabled(!e.newValue()));
            var tabs = new Tabs();
            tabs.add(new Card("card", check, toggle));
            return new Row(button, off, text, slider, floats, input, hidden, select, tabs);
        };
    }

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
