package org.panel4j.bench;

import java.util.ArrayList;
import java.util.List;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.session.Session;
import org.panel4j.widget.Button;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;

/**
 * {@code /bench_many}: 1,000 widgets (200 rows of a text, a button, a slider, a text input and a
 * checkbox, each row a {@link Row}) and an "Update 100" button whose click sets 100 of the texts in one
 * callback, so one patch of 100 operations reaches the page. The last text is named {@code last} so a
 * page can tell the whole tree is there.
 */
final class ManyComponentsApp implements App {

    static final int ROWS = 200;
    static final int UPDATED = 100;

    @Override
    public Object build(Session session) {
        List<StaticText> texts = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        var update = new Button("Update 100");
        rows.add(update);
        for (int i = 0; i < ROWS; i++) {
            var text = new StaticText("text " + i);
            texts.add(text);
            rows.add(new Row(text, new Button("Button " + i), new IntSlider(0, 100, i % 100),
                    new TextInput("Input " + i), new Checkbox("Check " + i)));
        }
        texts.getLast().setName("last");
        int[] round = {0};
        update.onClick(event -> {
            round[0]++;
            for (int i = 0; i < UPDATED; i++) {
                texts.get(i * (ROWS / UPDATED)).setValue("u" + round[0] + "-" + i);
            }
        });
        return new Column(rows.toArray());
    }
}
