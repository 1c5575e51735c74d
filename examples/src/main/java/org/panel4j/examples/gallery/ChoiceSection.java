package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.widget.CheckBoxGroup;
import org.panel4j.widget.RadioButtonGroup;
import org.panel4j.widget.Select;

/** Widgets that choose among options. */
final class ChoiceSection implements GallerySection {

    private static final List<String> FRUITS = List.of("Apple", "Banana", "Cherry");

    @Override
    public String title() {
        return "Choice";
    }

    @Override
    public List<GalleryEntry> entries() {
        return List.of(
                new GalleryEntry("Select", """
                        new Select(List.of("Apple", "Banana", "Cherry"))""", new Select(FRUITS)),
                new GalleryEntry("RadioButtonGroup", """
                        new RadioButtonGroup(List.of("Apple", "Banana", "Cherry"))""", new RadioButtonGroup(FRUITS)),
                new GalleryEntry("CheckBoxGroup", """
                        new CheckBoxGroup(List.of("Apple", "Banana", "Cherry"))""", new CheckBoxGroup(FRUITS)));
    }
}
