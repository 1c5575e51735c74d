package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.component.Component;
import org.panel4j.layout.Column;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonIcon;
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.MenuButton;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.Switch;
import org.panel4j.widget.Toggle;
import org.panel4j.widget.ToggleIcon;

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
        var menu = new MenuButton("Export", List.of("CSV", "JSON", "Parquet"));
        menu.setIcon("download");
        var copy = new ButtonIcon("copy").activeIcon("check");
        copy.setName("Copy");
        copy.setToggleDuration(600);
        var like = new ToggleIcon("heart", "heart-filled");
        like.setName("Like");
        return List.of(
                new GalleryEntry("Button", """
                        var button = new Button("Run").buttonType(ButtonType.PRIMARY);
                        button.onClick(event -> button.setName("Run (" + event.newValue() + ")"));""", button),
                new GalleryEntry("Toggle", """
                        new Toggle("Live")""", new Toggle("Live")),
                new GalleryEntry("Checkbox", """
                        new Checkbox("Include archived")""", new Checkbox("Include archived")),
                new GalleryEntry("Switch", """
                        new Switch("Dark mode")""", new Switch("Dark mode")),
                new GalleryEntry("MenuButton", """
                        var export = new MenuButton("Export", List.of("CSV", "JSON", "Parquet"));
                        export.onClick(event -> status.setValue("Exporting " + event.newValue()));""",
                        withReadout(menu, menu.clickedProperty())),
                new GalleryEntry("ButtonIcon", """
                        var copy = new ButtonIcon("copy").activeIcon("check");
                        copy.setName("Copy");
                        copy.setToggleDuration(600);""", withReadout(copy, copy.clicksProperty())),
                new GalleryEntry("ToggleIcon", """
                        var like = new ToggleIcon("heart", "heart-filled");
                        like.setName("Like");""", like));
    }

    /** The widget above its server-side {@code param} (it has no client-writable value for the gallery to show). */
    private static Component withReadout(Component widget, ReadOnlyParam<?> param) {
        var text = new StaticText(GalleryReadout.format(param.get()));
        text.setCssClasses(List.of(Gallery.READOUT_CLASS));
        param.watch(change -> text.setValue(GalleryReadout.format(change.newValue())));
        return new Column(widget, text);
    }
}
