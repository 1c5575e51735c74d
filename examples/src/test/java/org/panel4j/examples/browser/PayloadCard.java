package org.panel4j.examples.browser;

import java.util.Map;
import org.panel4j.layout.Card;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.PNG;
import org.panel4j.pane.Str;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;
import org.panel4j.plot.GlyphRenderer;
import org.panel4j.widget.Button;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.Select;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;
import org.panel4j.widget.Toggle;

/** One text through every text-bearing component: a Card titled with it, holding the others. */
final class PayloadCard {

    private final StaticText staticText = new StaticText();
    private final Str str = new Str("");
    private final Markdown markdown = new Markdown("");
    private final Button button = new Button();
    private final TextInput input = new TextInput();
    private final Select<String> select = new Select<>(XssCorpus.PAYLOADS);
    private final Checkbox checkbox = new Checkbox();
    private final Toggle toggle = new Toggle();
    private final PNG image = new PNG();
    private final Figure figure = new Figure().size(null, 200);
    private final GlyphRenderer line;
    private final Card card;
    private String shown = "";

    PayloadCard(String text) {
        var source = new ColumnDataSource(Map.of("x", new double[] {0, 1}, "y", new double[] {0, 1}));
        line = figure.line(source, "x", "y");
        card = new Card("", staticText, str, markdown, button, input, select, checkbox, toggle, image, figure);
        show(text);
    }

    /** Puts {@code text} everywhere a user can feed text to. */
    void show(String text) {
        shown = text;
        card.titleProperty().set(text);
        staticText.setName(text);
        staticText.setValue(text);
        str.setValue(text);
        markdown.setValue(text);
        button.setName(text);
        input.setValue(text);
        input.placeholderProperty().set(text);
        select.setValue(text);
        checkbox.setName(text);
        toggle.setName(text);
        image.alt(text);
        figure.setTitle(text);
        figure.axisLabels(text, text);
        line.legend(text);
    }

    String shown() {
        return shown;
    }

    Card card() {
        return card;
    }
}
