package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.panel4j.bind.Bound;
import org.panel4j.layout.Card;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.layout.Tabs;
import org.panel4j.pane.HTML;
import org.panel4j.pane.JPG;
import org.panel4j.pane.LoadingSpinner;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.PNG;
import org.panel4j.pane.Progress;
import org.panel4j.pane.Str;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;
import org.panel4j.widget.Button;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;
import org.panel4j.widget.Toggle;

/** Every concrete Java view type has exactly one JS view module, registered, and no module is left over. */
class ViewRegistryTest {

    private static final List<Class<?>> COMPONENTS = List.of(Button.class, StaticText.class, TextInput.class,
            IntSlider.class, FloatSlider.class, Select.class, Checkbox.class, Toggle.class, Str.class, Markdown.class,
            HTML.class, JPG.class, PNG.class, LoadingSpinner.class, Progress.class, Row.class, Column.class, Tabs.class,
            Card.class, Bound.class, Figure.class, ColumnDataSource.class);
    private static final List<String> CLIENT_ONLY = List.of("Unknown");

    private static String resource(String path) throws Exception {
        try (InputStream in = ViewRegistryTest.class.getResourceAsStream("/org/panel4j/client/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void javaViewTypes_andJsViewModules_matchOneToOne() throws Exception {
        String index = resource("views/index.js");
        List<String> imported = new ArrayList<>();
        Matcher m = Pattern.compile("import \\* as (\\w+) from './(\\w+)\\.js';").matcher(index);
        while (m.find()) {
            assertThat(m.group(1)).isEqualTo(m.group(2));
            imported.add(m.group(1));
        }
        List<String> expected = new ArrayList<>(COMPONENTS.stream().map(Class::getSimpleName).toList());
        expected.addAll(CLIENT_ONLY);

        assertThat(imported).containsExactlyInAnyOrderElementsOf(expected);
        for (String type : imported) {
            assertThat(resource("views/" + type + ".js")).as(type).contains("export function create");
            assertThat(index).contains(" " + type + ",");
        }
    }
}
