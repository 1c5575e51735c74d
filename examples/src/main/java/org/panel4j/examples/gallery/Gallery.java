package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.App;
import org.panel4j.component.Component;
import org.panel4j.layout.Card;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.layout.Tabs;
import org.panel4j.layout.Template;
import org.panel4j.layout.TemplateLook;
import org.panel4j.pane.Markdown;
import org.panel4j.param.HasValue;
import org.panel4j.widget.ColorPicker;
import org.panel4j.widget.RadioButtonGroup;
import org.panel4j.widget.StaticText;

/**
 * The component gallery at {@code /gallery}: every component with its main options, one tab per group
 * as in Panel's reference gallery, each next to the code that makes it and, for inputs, the value the
 * server holds. It is the catalog's documentation and its browser test bed (docs/components.md).
 */
public final class Gallery {

    /** The CSS class of each entry's card, and of the line showing an input's value on the server. */
    public static final String ENTRY_CLASS = "gallery-entry";
    public static final String READOUT_CLASS = "gallery-readout";

    private Gallery() {}

    /** The sections, in tab order. */
    static List<GallerySection> sections() {
        return List.of(new TextSection(), new DatesSection(), new ChoiceSection(), new SliderSection(),
                new ButtonSection(), new FileSection(), new PaneSection(), new IndicatorSection(), new LayoutSection(),
                new PlotSection(), new TableSection());
    }

    /** The app: a {@link Template} whose sidebar changes its own look, the sections as tabs in its main area. */
    public static App app() {
        return session -> {
            var tabs = new Tabs();
            for (GallerySection section : sections()) {
                tabs.addTab(section.title(), new Row(section.entries().stream().map(Gallery::card).toArray()));
            }
            var template = new Template("panel4j gallery");
            template.sidebar().add("""
                    Every panel4j component, each next to the code that makes it. Inputs show the value the \
                    server holds (`value:`), what a callback would receive.

                    This page is a `Template`: change its look and accent here, its theme with the header's \
                    toggle.""", lookChoice(template), accentChoice(template));
            template.main().add(tabs);
            return template;
        };
    }

    private static Component lookChoice(Template template) {
        var look = new RadioButtonGroup<>(List.of("Dashboard", "Plain"));
        look.setName("Look");
        look.valueProperty().watch(change -> template.setLook(
                "Plain".equals(change.newValue()) ? TemplateLook.PLAIN : TemplateLook.DASHBOARD));
        return look;
    }

    private static Component accentChoice(Template template) {
        var accent = new ColorPicker("Accent");
        accent.setValue(template.getAccent());
        accent.valueProperty().watch(change -> template.setAccent(change.newValue()));
        return accent;
    }

    private static Card card(GalleryEntry entry) {
        var body = new Column(entry.component());
        if (entry.component() instanceof HasValue<?> input && input.valueProperty().isClientWritable()) {
            body.add(readout(input));
        }
        body.add(new Markdown("```java\n" + entry.code().strip() + "\n```"));
        var card = new Card(entry.title(), body);
        card.setCssClasses(List.of(ENTRY_CLASS));
        return card;
    }

    /** A line showing the value the server holds for {@code input}, kept up to date. */
    static Component readout(HasValue<?> input) {
        var text = new StaticText(GalleryReadout.format(input.getValue()));
        text.setCssClasses(List.of(READOUT_CLASS));
        input.valueProperty().watch(change -> text.setValue(GalleryReadout.format(change.newValue())));
        return text;
    }
}
