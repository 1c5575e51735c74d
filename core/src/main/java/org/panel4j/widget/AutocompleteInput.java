package org.panel4j.widget;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * A text field that suggests {@code options} matching what is typed, once at least {@code minCharacters}
 * are typed ({@code searchStrategy}: at the start or anywhere; {@code caseSensitive} or not). With
 * {@code restrict} (the default) {@code value} is an option or empty: the server refuses other text, and
 * without {@code caseSensitive} takes text that differs from an option only in case as that option. Without
 * {@code restrict} any text is taken. The value is sent when a suggestion is picked or the field is left.
 */
public final class AutocompleteInput extends TextField {

    private static final int LONGEST = 100_000;

    private final Param<List<String>> options = Param.<List<String>>builder(this, "options").value(List.of())
            .check(AutocompleteInput::checkOptions).doc("The suggestions, in order.").build();
    private final Param<Boolean> restrict = Param.builder(this, "restrict", Boolean.class).value(true)
            .doc("Whether the value must be one of the options (or empty).").build();
    private final Param<Boolean> caseSensitive = Param.builder(this, "caseSensitive", Boolean.class).value(true)
            .doc("Whether suggestions, and with restrict the value, match the options' case.").build();
    private final Param<Integer> minCharacters = Param.builder(this, "minCharacters", Integer.class).value(2)
            .check(v -> v < 0 || v > 100 ? "must be from 0 to 100" : null)
            .doc("The characters to type before suggestions show.").build();
    private final Param<SearchStrategy> searchStrategy = Param.builder(this, "searchStrategy", SearchStrategy.class)
            .value(SearchStrategy.STARTS_WITH).doc("Whether options match at their start or anywhere.").build();
    private final Param<String> value = Param.builder(this, "value", String.class).value("").clientWritable()
            .fromClient(this::fromClient).check(this::checkValue)
            .doc("The text: with restrict, an option or empty.").build();

    /** A field suggesting {@code options}, empty. */
    public AutocompleteInput(List<String> options) {
        this.options.set(List.copyOf(options));
    }

    /** A field labelled {@code name} suggesting {@code options}, empty. */
    public AutocompleteInput(String name, List<String> options) {
        this(options);
        setName(name);
    }

    private static @Nullable String checkOptions(List<String> options) {
        if (options.stream().anyMatch(o -> o == null)) {
            return "must not contain null";
        }
        return new HashSet<>(options).size() == options.size() ? null : "must not list an option twice";
    }

    private @Nullable String checkValue(String text) {
        if (text.length() > LONGEST) {
            return "must be at most " + LONGEST + " characters long";
        }
        if (isRestrict() && !text.isEmpty() && !getOptions().contains(text)) {
            return "must be one of " + ChoiceOptions.describe(getOptions()) + " or empty (restrict is on)";
        }
        return null;
    }

    /** Text the browser sent; with restrict and without case sensitivity, the option it matches. */
    private String fromClient(Object wire) {
        if (!(wire instanceof String text)) {
            throw new IllegalArgumentException("expected a string");
        }
        if (isRestrict() && !isCaseSensitive() && text.length() <= LONGEST) {
            String folded = text.toLowerCase(Locale.ROOT);
            for (String option : getOptions()) {
                if (option.toLowerCase(Locale.ROOT).equals(folded)) {
                    return option;
                }
            }
        }
        return text;
    }

    /** Clears a value that restrict no longer allows, when the options or restrict change. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if ((param == options || param == restrict) && checkValue(value.get()) != null) {
            value.set("");
        }
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }

    /** The suggestions. */
    public List<String> getOptions() {
        return options.get();
    }

    /** Sets the suggestions; with restrict, a value no longer among them is cleared. */
    public void setOptions(List<String> value) {
        options.set(List.copyOf(value));
    }

    /** The {@code options} parameter. */
    public Param<List<String>> optionsProperty() {
        return options;
    }

    /** Whether the value must be an option or empty. */
    public boolean isRestrict() {
        return restrict.get();
    }

    /** Requires the value to be an option or empty (true), or takes any text. */
    public void setRestrict(boolean value) {
        restrict.set(value);
    }

    /** The {@code restrict} parameter. */
    public Param<Boolean> restrictProperty() {
        return restrict;
    }

    /** Whether matching follows the options' case. */
    public boolean isCaseSensitive() {
        return caseSensitive.get();
    }

    /** Makes matching follow the options' case (true) or ignore it. */
    public void setCaseSensitive(boolean value) {
        caseSensitive.set(value);
    }

    /** The {@code caseSensitive} parameter. */
    public Param<Boolean> caseSensitiveProperty() {
        return caseSensitive;
    }

    /** The characters to type before suggestions show. */
    public int getMinCharacters() {
        return minCharacters.get();
    }

    /** Sets the characters to type before suggestions show (0 to 100). */
    public void setMinCharacters(int value) {
        minCharacters.set(value);
    }

    /** The {@code minCharacters} parameter. */
    public Param<Integer> minCharactersProperty() {
        return minCharacters;
    }

    /** Whether options match at their start or anywhere. */
    public SearchStrategy getSearchStrategy() {
        return searchStrategy.get();
    }

    /** Sets whether options match at their start or anywhere. */
    public void setSearchStrategy(SearchStrategy value) {
        searchStrategy.set(value);
    }

    /** The {@code searchStrategy} parameter. */
    public Param<SearchStrategy> searchStrategyProperty() {
        return searchStrategy;
    }
}
