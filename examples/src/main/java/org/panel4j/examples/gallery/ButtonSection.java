package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.Switch;
import org.panel4j.widget.Toggle;

/** Buttons and toggles. */
final class ButtonSection implements GallerySection {

    @Override
    public String title() {
        return "Buttons and toggles";
    }

    @Override
    public List<GalleryEntry> entries() {
        var button = new Button("Run").buttonType(ButtonType.PRIMARY);
        button.onClick(event -> button.setName("Run (" + event.newValue() + ")"));
        return List.of(
                new GalleryEntry("Button", """
                        var button = new Button("Run").buttonType(ButtonType.PRIMARY);
                        button.onClick(event -> button.setName("Run (" + event.newValue() + ")"));""", button),
                new GalleryEntry("Toggle", """
                        new Toggle("Live")""", new Toggle("Live")),
                new GalleryEntry("Checkbox", """
                        new Checkbox("Include archived")""", new Checkbox("Include archived")),
                new GalleryEntry("Switch", """
                        new Switch("Dark mode")""", new Switch("Dark mode")));
    }
}
