package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.layout.Card;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.layout.Tabs;
import org.panel4j.pane.Str;
import org.panel4j.widget.Button;

/** Layouts: rows, columns, cards and tabs. */
final class LayoutSection implements GallerySection {

    @Override
    public String title() {
        return "Layouts";
    }

    @Override
    public List<GalleryEntry> entries() {
        return List.of(
                new GalleryEntry("Row", """
                        new Row(new Button("One"), new Button("Two"))""", new Row(new Button("One"), new Button("Two"))),
                new GalleryEntry("Column", """
                        new Column(new Str("Top"), new Str("Bottom"))""", new Column(new Str("Top"), new Str("Bottom"))),
                new GalleryEntry("Card", """
                        new Card("Details", new Str("Inside a card"))""", new Card("Details", new Str("Inside a card"))),
                new GalleryEntry("Tabs", """
                        new Tabs().addTab("One", new Str("First")).addTab("Two", new Str("Second"))""",
                        new Tabs().addTab("One", new Str("First")).addTab("Two", new Str("Second"))));
    }
}
