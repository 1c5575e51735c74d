package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.App;
import org.panel4j.layout.Card;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.layout.Tabs;
import org.panel4j.pane.Markdown;

/**
 * The gallery's Indicators tab as the gallery would show it, for browser tests until the lead lists
 * {@link IndicatorSection} in {@code Gallery.sections()}: each entry a card of the component and its code.
 */
public final class NewSectionsApp {

    private NewSectionsApp() {}

    /** A page with one tab per given section, built like the gallery's. */
    public static App app() {
        return session -> {
            var tabs = new Tabs();
            for (GallerySection section : List.of(new IndicatorSection(), new PaneSection(), new LayoutSection())) {
                tabs.addTab(section.title(), new Row(section.entries().stream().map(entry -> {
                    var card = new Card(entry.title(), new Column(entry.component(),
                            new Markdown("```java\n" + entry.code().strip() + "\n```")));
                    card.setCssClasses(List.of(Gallery.ENTRY_CLASS));
                    return card;
                }).toArray()));
            }
            return new Column("# Component gallery (new sections)", tabs);
        };
    }
}
