package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.widget.ColorPicker;
import org.panel4j.widget.FloatInput;
import org.panel4j.widget.IntInput;
import org.panel4j.widget.NumberInput;
import org.panel4j.widget.PasswordInput;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextAreaInput;
import org.panel4j.widget.TextInput;

/** Text and number inputs, and static text. */
final class TextSection implements GallerySection {

    @Override
    public String title() {
        return "Text and numbers";
    }

    @Override
    public List<GalleryEntry> entries() {
        var text = new TextInput("Name");
        text.setPlaceholder("Type a name…");
        var password = new PasswordInput("Password");
        var area = new TextAreaInput("Notes");
        area.setAutoGrow(true);
        var color = new ColorPicker("Colour");
        color.setValue("#1f77b4");
        var price = NumberInput.ofDoubles("Price", 0.0, 1000.0, 19.99);
        price.setStep(0.5);
        price.setFormat("$0,0.00");
        return List.of(
                new GalleryEntry("TextInput", """
                        var text = new TextInput("Name");
                        text.setPlaceholder("Type a name…");""", text),
                new GalleryEntry("PasswordInput", """
                        new PasswordInput("Password")""", password),
                new GalleryEntry("TextAreaInput", """
                        var area = new TextAreaInput("Notes");
                        area.setAutoGrow(true);""", area),
                new GalleryEntry("IntInput", """
                        new IntInput("Replicas", 1, 10, 3)""", new IntInput("Replicas", 1, 10, 3)),
                new GalleryEntry("FloatInput", """
                        new FloatInput("Ratio", 0.0, 1.0, 0.5)""", new FloatInput("Ratio", 0.0, 1.0, 0.5)),
                new GalleryEntry("NumberInput", """
                        var price = NumberInput.ofDoubles("Price", 0.0, 1000.0, 19.99);
                        price.setStep(0.5);
                        price.setFormat("$0,0.00");""", price),
                new GalleryEntry("ColorPicker", """
                        var color = new ColorPicker("Colour");
                        color.setValue("#1f77b4");""", color),
                new GalleryEntry("StaticText", """
                        new StaticText("Read-only text")""", new StaticText("Read-only text")));
    }
}
