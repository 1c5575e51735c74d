package org.panel4j.widget;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * The chosen options as removable tags, and a field that searches the others as the user types;
 * {@code value} lists the options chosen, each once, in the order chosen, at most {@code maxItems} of them
 * when set.
 *
 * @param <T> the type of the values
 */
public final class MultiChoice<T> extends MultiValueChoice<T> {

    private final Param<Integer> maxItems = Param.builder(this, "maxItems", Integer.class).nullable()
            .check(v -> v < 1 ? "must be at least 1"
                    : v < getValue().size() ? "must be at least the number of options chosen (" + getValue().size() + ")" : null)
            .doc("The most options that may be chosen; null for no limit.").build();
    private final Param<String> placeholder = Param.builder(this, "placeholder", String.class).value("")
            .doc("Hint shown in the search field while nothing is chosen.").build();

    /** A choice over {@code options}, each shown by its {@code toString}, none chosen. */
    public MultiChoice(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A choice over {@code options}, label → value in the map's order, none chosen. */
    public MultiChoice(Map<String, ? extends T> options) {
        super(options);
    }

    @Override
    protected @Nullable String checkChosen(List<T> chosen) {
        Integer most = getMaxItems();
        return most != null && chosen.size() > most ? "must list at most " + most + " options" : null;
    }

    /** The most options that may be chosen, or null for no limit. */
    public @Nullable Integer getMaxItems() {
        return maxItems.get();
    }

    /** Sets the most options that may be chosen (at least the number chosen now), or null for no limit. */
    public void setMaxItems(@Nullable Integer value) {
        maxItems.set(value);
    }

    /** The {@code maxItems} parameter. */
    public Param<Integer> maxItemsProperty() {
        return maxItems;
    }

    /** The hint shown while nothing is chosen. */
    public String getPlaceholder() {
        return placeholder.get();
    }

    /** Sets the hint shown while nothing is chosen. */
    public void setPlaceholder(String value) {
        placeholder.set(value);
    }

    /** The {@code placeholder} parameter. */
    public Param<String> placeholderProperty() {
        return placeholder;
    }
}
