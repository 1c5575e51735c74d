package org.panel4j.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.panel4j.layout.Column;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.testing.TestSession;

/**
 * The choice widgets hold option values and show the browser their labels only: a label the browser
 * sends maps back to its value, and a label that is not an option, a disabled one, a repeated one, too
 * many of them or a path the tree does not hold are refused with invalid_value and nothing changed.
 */
class ChoiceWidgetsTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUE = LocalDate.of(2026, 11, 24);
    private static final LocalDate WED = LocalDate.of(2026, 11, 25);

    private final Select<LocalDate> days = new Select<>(ordered("Monday", MON, "Tuesday", TUE, "Wednesday", WED));
    private final Select<Integer> numbers = new Select<>(List.of(1, 2, 3));
    private final RadioBoxGroup<String> sizes = new RadioBoxGroup<>(List.of("S", "M", "L"));
    private final MultiSelect<LocalDate> multi = new MultiSelect<>(ordered("Monday", MON, "Tuesday", TUE, "Wednesday", WED));
    private final MultiChoice<String> tags = new MultiChoice<>(List.of("red", "green", "blue"));
    private final CheckButtonGroup<Integer> checks = new CheckButtonGroup<>(List.of(1, 2, 3));
    private final CrossSelector<String> cross = new CrossSelector<>(List.of("a", "b", "c", "d"));
    private final AutocompleteInput city = new AutocompleteInput("City", List.of("Paris", "Lyon", "Lille"));
    private final NestedSelect place = new NestedSelect(ordered(
            "Europe", ordered("France", List.of("Paris", "Lyon"), "Spain", List.of("Madrid")),
            "Asia", ordered("Japan", List.of("Tokyo"))));
    private final TestSession page = TestSession.open(session ->
            new Column(days, numbers, sizes, multi, tags, checks, cross, city, place));

    @AfterEach
    void close() {
        page.close();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... labelsAndValues) {
        var map = new LinkedHashMap<String, V>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            map.put((String) labelsAndValues[i], (V) labelsAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static void assertInvalid(Executable input, String message) {
        assertThatThrownBy(input::execute).isInstanceOfSatisfying(ClientInputException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void theBrowserSeesLabels_andTheServerHoldsValues() {
        assertThat(page.clientValue(days, "options")).isEqualTo(List.of("Monday", "Tuesday", "Wednesday"));
        assertThat(page.clientValue(days, "value")).isEqualTo("Monday");
        assertThat(page.clientValue(numbers, "options")).isEqualTo(List.of("1", "2", "3"));

        page.set(days, "value", "Wednesday");
        page.set(numbers, "value", "3");
        page.set(multi, "value", List.of("Wednesday", "Monday"));
        page.set(checks, "value", List.of("2"));

        assertThat(days.getValue()).isEqualTo(WED);
        assertThat(numbers.getValue()).isEqualTo(3);
        assertThat(multi.getValue()).containsExactly(WED, MON);
        assertThat(checks.getValue()).containsExactly(2);

        days.setValue(TUE);
        page.awaitClientValue(days, "value", "Tuesday"::equals, Duration.ofSeconds(2));
        multi.setValue(List.of(TUE));
        page.awaitClientValue(multi, "value", List.of("Tuesday")::equals, Duration.ofSeconds(2));
    }

    @Test
    void aLabelThatIsNoOption_isRefused_andNothingChanges() {
        assertInvalid(() -> page.set(days, "value", "Sunday"),
                "Select.value cannot take 'Sunday': expected one of [Monday, Tuesday, Wednesday]");
        assertInvalid(() -> page.set(days, "value", "2026-11-24"), "expected one of");   // a value is not a label
        assertInvalid(() -> page.set(numbers, "value", 2), "expected an option's label (a string)");
        assertInvalid(() -> page.set(days, "value", null), "Select.value cannot take null: expected an option's label (a string)");
        assertInvalid(() -> page.set(sizes, "value", "XL"), "RadioBoxGroup.value cannot take 'XL': expected one of [S, M, L]");
        assertInvalid(() -> page.set(multi, "value", List.of("Monday", "Sunday")), "expected one of");
        assertInvalid(() -> page.set(multi, "value", "Monday"), "expected a list of option labels");
        assertInvalid(() -> page.set(checks, "value", List.of("1", "1")), "CheckButtonGroup.value must not list an option twice");
        assertInvalid(() -> page.set(cross, "value", Collections.nCopies(5, "a")), "expected at most 4 labels, one per option");
        assertInvalid(() -> page.set(tags, "value", List.of(1)), "expected an option's label (a string)");

        assertThat(days.getValue()).isEqualTo(MON);
        assertThat(numbers.getValue()).isEqualTo(1);
        assertThat(sizes.getValue()).isEqualTo("S");
        assertThat(multi.getValue()).isEmpty();
        assertThat(checks.getValue()).isEmpty();
        assertThat(cross.getValue()).isEmpty();
    }

    @Test
    void aLongOptionList_isShortenedInMessages() {
        var many = new Select<>(java.util.stream.IntStream.range(0, 500).boxed().toList());
        try (var other = TestSession.open(session -> many)) {
            assertThatThrownBy(() -> other.set(many, "value", "x".repeat(10_000))).hasMessageContaining("…(500 in all)]")
                    .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
        }
    }

    @Test
    void aDisabledOption_isShownButRefusedFromTheBrowser() {
        days.setDisabledOptions(List.of(TUE));
        page.awaitClientValue(days, "disabledOptions", List.of("Tuesday")::equals, Duration.ofSeconds(2));

        assertInvalid(() -> page.set(days, "value", "Tuesday"), "Select.value cannot take 'Tuesday': option 'Tuesday' is disabled");
        assertThat(days.getValue()).isEqualTo(MON);
        days.setValue(TUE);   // the server may choose it
        assertThat(days.getValue()).isEqualTo(TUE);
        assertThatThrownBy(() -> days.setDisabledOptions(List.of(LocalDate.EPOCH))).hasMessageContaining("must list only options");
        days.setOptions(ordered("Monday", MON));
        assertThat(days.getDisabledOptions()).isEmpty();
    }

    @Test
    void groups_setTheOptions_andTheBrowserSeesGroupLabels() {
        var food = new Select<String>(List.of());
        food.setGroups(ordered("Fruit", ordered("Apple", "apple", "Pear", "pear"), "Vegetable", ordered("Leek", "leek")));
        try (var other = TestSession.open(session -> food)) {
            assertThat(food.getOptions()).containsExactly(Map.entry("Apple", "apple"), Map.entry("Pear", "pear"), Map.entry("Leek", "leek"));
            assertThat(food.getValue()).isEqualTo("apple");
            other.awaitClientValue(food, "groups",
                    List.of(List.of("Fruit", List.of("Apple", "Pear")), List.of("Vegetable", List.of("Leek")))::equals, Duration.ofSeconds(2));
            other.set(food, "value", "Leek");
            assertThat(food.getValue()).isEqualTo("leek");
        }
        assertThatThrownBy(() -> food.setGroups(Map.of("A", Map.of("x", "1"), "B", Map.of("x", "2"))))
                .hasMessageContaining("Select.groups must not repeat the label 'x'");
        assertThatThrownBy(() -> food.groupsProperty().set(Map.of("A", Map.of("x", "1"))))
                .hasMessageContaining("Select.groups must hold exactly the options");
        food.optionsProperty().set(Map.of("Apple", "apple"));   // not through setGroups: the headings go
        assertThat(food.getGroups()).isEmpty();
        food.setGroups(Map.of("Only", Map.of("Plain", "plain")));
        food.setOptions(List.of("plain"));
        assertThat(food.getGroups()).isEmpty();
        assertThat(food.getValue()).isEqualTo("plain");
    }

    @Test
    void optionsMustBeDistinct_andChangingThemKeepsTheValueAmongThem() {
        assertThatThrownBy(() -> new Select<>(List.of("a", "a"))).hasMessageContaining("two values labelled 'a'");
        assertThatThrownBy(() -> new Select<>(Map.of("one", 1, "uno", 1))).hasMessageContaining("must not offer a value twice");

        sizes.setValue("L");
        sizes.setOptions(List.of("M", "L", "XL"));
        assertThat(sizes.getValue()).isEqualTo("L");
        sizes.setOptions(List.of("XS", "XL"));
        assertThat(sizes.getValue()).isEqualTo("XS");

        multi.setValue(List.of(WED, MON));
        multi.setOptions(ordered("Mon", MON, "Tue", TUE));
        assertThat(multi.getValue()).containsExactly(MON);
        page.awaitClientValue(multi, "value", List.of("Mon")::equals, Duration.ofSeconds(2));
    }

    @Test
    void multiChoice_takesAtMostMaxItems() {
        tags.setMaxItems(2);
        page.set(tags, "value", List.of("blue", "red"));
        assertThat(tags.getValue()).containsExactly("blue", "red");

        assertInvalid(() -> page.set(tags, "value", List.of("blue", "red", "green")), "MultiChoice.value must list at most 2 options");
        assertThatThrownBy(() -> tags.setMaxItems(1)).hasMessageContaining("must be at least the number of options chosen (2)");
        assertThat(tags.getValue()).containsExactly("blue", "red");
    }

    @Test
    void autocomplete_withRestrict_takesOnlyAnOptionOrNothing() {
        page.set(city, "value", "Lyon");
        assertThat(city.getValue()).isEqualTo("Lyon");
        page.set(city, "value", "");
        assertThat(city.getValue()).isEmpty();

        assertInvalid(() -> page.set(city, "value", "Lyons"), "AutocompleteInput.value must be one of [Paris, Lyon, Lille] or empty (restrict is on)");
        assertInvalid(() -> page.set(city, "value", "lyon"), "must be one of");
        assertInvalid(() -> page.set(city, "value", 3), "expected a string");
        assertThat(city.getValue()).isEmpty();
    }

    @Test
    void autocomplete_withoutCaseSensitivity_takesTheOptionWhatever_theCase() {
        city.setCaseSensitive(false);
        page.set(city, "value", "pARIS");
        assertThat(city.getValue()).isEqualTo("Paris");
        page.awaitClientValue(city, "value", "Paris"::equals, Duration.ofSeconds(2));
    }

    @Test
    void autocomplete_withoutRestrict_takesFreeText_upToItsBound() {
        city.setRestrict(false);
        page.set(city, "value", "Nowhere");
        assertThat(city.getValue()).isEqualTo("Nowhere");
        assertInvalid(() -> page.set(city, "value", "x".repeat(100_001)), "must be at most 100000 characters long");

        city.setRestrict(true);   // restrict again: free text goes
        assertThat(city.getValue()).isEmpty();
    }

    @Test
    void nestedSelect_takesAPathDownTheTree() {
        assertThat(place.getValue()).containsExactly("Europe", "France", "Paris");
        page.set(place, "value", List.of("Asia", "Japan", "Tokyo"));
        assertThat(place.getValue()).containsExactly("Asia", "Japan", "Tokyo");

        assertInvalid(() -> page.set(place, "value", List.of("Asia", "France", "Paris")),
                "NestedSelect.value must be a path through the options, one choice per level, e.g. [Europe, France, Paris]");
        assertInvalid(() -> page.set(place, "value", List.of("Europe", "Spain")), "must go down to the last level");
        assertInvalid(() -> page.set(place, "value", List.of("Europe", "Spain", "Madrid", "Centro")), "must be a path");
        assertInvalid(() -> page.set(place, "value", Map.of("0", "Europe")), "expected a list");
        assertInvalid(() -> page.set(place, "value", Collections.nCopies(100_000, "Europe")), "expected at most 16 choices, one per level");
        assertThat(place.getValue()).containsExactly("Asia", "Japan", "Tokyo");

        place.setOptions(Map.of("Africa", Map.of("Kenya", List.of("Nairobi"))));
        assertThat(place.getValue()).containsExactly("Africa", "Kenya", "Nairobi");
        assertThatThrownBy(() -> place.setOptions(Map.of("x", 3))).hasMessageContaining("must hold maps and lists of text, not 3");
    }

    @Test
    void nestedSelect_sendsTheTreeAsLists_toKeepItsOrder() {
        var years = new NestedSelect(ordered("2025", List.of("Q2", "Q1"), "2024", ordered("H2", Map.of())));
        try (var other = TestSession.open(session -> years)) {
            other.awaitClientValue(years, "options", List.of(List.of("2025", List.of("Q2", "Q1")),
                    List.of("2024", List.of(List.of("H2", List.of()))))::equals, Duration.ofSeconds(2));
            assertThat(years.getValue()).containsExactly("2025", "Q2");
        }
    }

    @Test
    void nestedSelect_aShortBranch_endsThePath() {
        var shallow = new NestedSelect(ordered("Leaf", Map.of(), "Branch", List.of("a", "b")));
        assertThat(shallow.getValue()).containsExactly("Leaf");
        shallow.setValue(List.of("Branch", "b"));
        assertThat(shallow.getValue()).containsExactly("Branch", "b");
    }

    @Test
    void toggleGroup_makesTheGroupTheTypeAndBehaviourCallFor() {
        var options = List.of("x", "y");
        assertThat(ToggleGroup.create(options, ToggleGroup.WidgetType.BOX, ToggleGroup.Behavior.CHECK)).isInstanceOf(CheckBoxGroup.class);
        assertThat(ToggleGroup.create(options, ToggleGroup.WidgetType.BUTTON, ToggleGroup.Behavior.CHECK)).isInstanceOf(CheckButtonGroup.class);
        assertThat(ToggleGroup.create(options, ToggleGroup.WidgetType.BOX, ToggleGroup.Behavior.RADIO)).isInstanceOf(RadioBoxGroup.class);
        assertThat(ToggleGroup.create(options, ToggleGroup.WidgetType.BUTTON, ToggleGroup.Behavior.RADIO)).isInstanceOf(RadioButtonGroup.class);
        SingleChoice<Integer> radio = ToggleGroup.radio(ordered("one", 1, "two", 2), ToggleGroup.WidgetType.BOX);
        assertThat(radio.getValue()).isEqualTo(1);
    }
}
