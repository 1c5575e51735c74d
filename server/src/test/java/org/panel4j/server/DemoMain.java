package org.panel4j.server;

import org.panel4j.layout.Card;
import org.panel4j.layout.Row;
import org.panel4j.pane.Markdown;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/** A small demo page to look at in a browser: {@code PORT=5006 java ... DemoMain}. */
public final class DemoMain {

    private DemoMain() {}

    /** Serves the demo until the process ends. */
    public static void main(String[] args) throws Exception {
        PanelServer.serve(session -> {
            var button = new Button("Click me!").buttonType(ButtonType.PRIMARY);
            var text = new StaticText();
            text.setName("Status");
            text.setValue("Waiting for a click");
            button.onClick(event -> text.setValue("Clicked " + event.newValue() + " times"));
            var slider = new IntSlider(0, 10, 4);
            slider.setName("Level");
            var card = new Card("About", new Markdown("## Notes\nA **card** with *Markdown*:\n\n- one\n- two\n\n`code` too."));
            return new Row(button, text, slider, card);
        }).join();
    }
}
