package org.panel4j.examples.gallery;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.panel4j.widget.AutocompleteInput;
import org.panel4j.widget.CheckBoxGroup;
import org.panel4j.widget.CheckButtonGroup;
import org.panel4j.widget.ChoiceOptions;
import org.panel4j.widget.CrossSelector;
import org.panel4j.widget.MultiChoice;
import org.panel4j.widget.MultiSelect;
import org.panel4j.widget.NestedSelect;
import org.panel4j.widget.RadioBoxGroup;
import org.panel4j.widget.RadioButtonGroup;
import org.panel4j.widget.Select;
import org.panel4j.widget.ToggleGroup;
import org.panel4j.widget.Widget;

/** Widgets that choose among options. */
final class ChoiceSection implements GallerySection {

    private static final List<String> FRUITS = List.of("Apple", "Banana", "Cherry");
    private static final List<String> CITIES = List.of("Amsterdam", "Athens", "Berlin", "Lisbon", "London",
            "Madrid", "Oslo", "Paris", "Prague", "Rome", "Vienna", "Warsaw");

    @Override
    public String title() {
        return "Choice";
    }

    @Override
    public List<GalleryEntry> entries() {
        var memory = new Select<>(ChoiceOptions.labelled(List.of(8, 16, 32, 64), gb -> gb + " GB"));
        memory.setName("Memory");
        memory.setDisabledOptions(List.of(64));
        var food = new Select<String>(List.of());
        food.setName("Food");
        food.setGroups(new TreeMap<>(Map.of(
                "Fruit", ChoiceOptions.labelled(List.of("Apple", "Pear")),
                "Vegetable", ChoiceOptions.labelled(List.of("Kale", "Leek")))));
        var size = new RadioBoxGroup<>(List.of("Small", "Medium", "Large"));
        size.setName("Size");
        var days = new CheckButtonGroup<>(List.of("Mon", "Tue", "Wed", "Thu", "Fri"));
        days.setName("Days");
        Widget toggles = ToggleGroup.create(List.of("Bold", "Italic"), ToggleGroup.WidgetType.BUTTON, ToggleGroup.Behavior.CHECK);
        var multi = new MultiSelect<>(CITIES);
        multi.setName("Cities");
        var tags = new MultiChoice<>(CITIES);
        tags.setName("Visit");
        tags.setMaxItems(3);
        tags.setPlaceholder("Type to search");
        var city = new AutocompleteInput("City", CITIES);
        city.setPlaceholder("Type two letters");
        var cross = new CrossSelector<>(CITIES);
        cross.setName("Route");
        var place = new NestedSelect(new TreeMap<>(Map.of(
                "Europe", new TreeMap<>(Map.of("France", List.of("Paris", "Lyon"), "Spain", List.of("Madrid", "Seville"))),
                "Asia", new TreeMap<>(Map.of("Japan", List.of("Tokyo", "Kyoto"), "India", List.of("Delhi"))))));
        place.setLevels(List.of("Continent", "Country", "City"));
        return List.of(
                new GalleryEntry("Select", """
                        new Select<>(List.of("Apple", "Banana", "Cherry"))""", new Select<>(FRUITS)),
                new GalleryEntry("Select with labels and a disabled option", """
                        var memory = new Select<>(ChoiceOptions.labelled(List.of(8, 16, 32, 64), gb -> gb + " GB"));
                        memory.setDisabledOptions(List.of(64));""", memory),
                new GalleryEntry("Select with groups", """
                        var food = new Select<String>(List.of());
                        food.setGroups(new TreeMap<>(Map.of(
                                "Fruit", ChoiceOptions.labelled(List.of("Apple", "Pear")),
                                "Vegetable", ChoiceOptions.labelled(List.of("Kale", "Leek")))));""", food),
                new GalleryEntry("RadioButtonGroup", """
                        new RadioButtonGroup<>(List.of("Apple", "Banana", "Cherry"))""", new RadioButtonGroup<>(FRUITS)),
                new GalleryEntry("RadioBoxGroup", """
                        new RadioBoxGroup<>(List.of("Small", "Medium", "Large"))""", size),
                new GalleryEntry("CheckBoxGroup", """
                        new CheckBoxGroup<>(List.of("Apple", "Banana", "Cherry"))""", new CheckBoxGroup<>(FRUITS)),
                new GalleryEntry("CheckButtonGroup", """
                        new CheckButtonGroup<>(List.of("Mon", "Tue", "Wed", "Thu", "Fri"))""", days),
                new GalleryEntry("ToggleGroup", """
                        ToggleGroup.create(List.of("Bold", "Italic"),
                                ToggleGroup.WidgetType.BUTTON, ToggleGroup.Behavior.CHECK)""", toggles),
                new GalleryEntry("MultiSelect", """
                        new MultiSelect<>(List.of("Amsterdam", "Athens", …))""", multi),
                new GalleryEntry("MultiChoice", """
                        var tags = new MultiChoice<>(List.of("Amsterdam", "Athens", …));
                        tags.setMaxItems(3);
                        tags.setPlaceholder("Type to search");""", tags),
                new GalleryEntry("AutocompleteInput", """
                        var city = new AutocompleteInput("City", List.of("Amsterdam", "Athens", …));
                        city.setPlaceholder("Type two letters");""", city),
                new GalleryEntry("CrossSelector", """
                        new CrossSelector<>(List.of("Amsterdam", "Athens", …))""", cross),
                new GalleryEntry("NestedSelect", """
                        var place = new NestedSelect(new TreeMap<>(Map.of(
                                "Europe", new TreeMap<>(Map.of("France", List.of("Paris", "Lyon"), …)),
                                "Asia", new TreeMap<>(Map.of("Japan", List.of("Tokyo", "Kyoto"), …)))));
                        place.setLevels(List.of("Continent", "Country", "City"));""", place));
    }
}
