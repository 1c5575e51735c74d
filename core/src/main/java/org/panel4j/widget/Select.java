package org.panel4j.widget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * A drop-down choice among {@code options}; {@code value} is always one of them. Options are values
 * shown by their {@code toString} ({@code new Select<>(List.of("a", "b"))}) or labelled ones
 * ({@code new Select<>(Map.of("One", 1))}, a {@code LinkedHashMap} to keep an order); they may be shown in
 * {@code groups}, and {@code disabledOptions} are shown but cannot be chosen in the browser.
 *
 * @param <T> the type of the values
 */
public final class Select<T> extends SingleChoice<T> {

    private final Param<Map<String, Map<String, T>>> groups = Param.<Map<String, Map<String, T>>>builder(this, "groups")
            .value(Map.of()).check(this::checkGroups)
            .toWire(Select::groupLabels)
            .doc("The options under group headings, group → (label → value), in order; empty for none.").build();
    private final Param<List<T>> disabledOptions = Param.<List<T>>builder(this, "disabledOptions").value(List.of())
            .check(v -> v.stream().allMatch(getOptions()::containsValue) ? null : "must list only options")
            .toWire(v -> v.stream().map(o -> ChoiceOptions.labelOf(getOptions(), o)).filter(Objects::nonNull).toList())
            .doc("Options shown but not selectable in the browser.").build();

    /** A select over {@code options}, each shown by its {@code toString}, the first chosen (none if empty). */
    public Select(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A select over {@code options}, label → value in the map's order, the first chosen (none if empty). */
    public Select(Map<String, ? extends T> options) {
        super(options);
    }

    @Override
    protected @Nullable String refusesFromClient(T chosen) {
        return getDisabledOptions().contains(chosen) ? "option '" + ChoiceOptions.labelOf(getOptions(), chosen) + "' is disabled" : null;
    }

    /**
     * When the options change other than through {@link #setGroups}, drops headings that no longer hold
     * exactly the options, and disabled options no longer offered. (Fields are null while the base class
     * sets the first options.)
     */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == optionsProperty() && groups != null && disabledOptions != null) {
            if (checkGroups(getGroups()) != null) {
                groups.set(Map.of());
            }
            List<T> offered = getDisabledOptions().stream().filter(getOptions()::containsValue).toList();
            if (offered.size() != getDisabledOptions().size()) {
                disabledOptions.set(offered);
            }
        }
    }

    private @Nullable String checkGroups(Map<String, Map<String, T>> grouped) {
        if (grouped.isEmpty()) {
            return null;
        }
        var all = new LinkedHashMap<String, T>();
        grouped.values().forEach(all::putAll);
        return all.equals(getOptions()) && new ArrayList<>(all.keySet()).equals(new ArrayList<>(getOptions().keySet()))
                ? null : "must hold exactly the options, in order (set them with setGroups)";
    }

    /** The groups as the browser gets them: {@code [[heading, [label, …]], …]}, a list to keep the order. */
    private static Object groupLabels(Map<String, ? extends Map<String, ?>> grouped) {
        var out = new ArrayList<List<Object>>(grouped.size());
        grouped.forEach((group, options) -> out.add(List.of(group, List.copyOf(options.keySet()))));
        return out;
    }

    /** The options under group headings; empty when not grouped. */
    public Map<String, Map<String, T>> getGroups() {
        return groups.get();
    }

    /**
     * Shows the options under headings: group → (label → value), in order; this sets {@code options} to
     * all of them. An empty map removes the headings and keeps the options.
     *
     * @throws IllegalArgumentException if a label appears twice or a value is offered twice
     */
    public void setGroups(Map<String, ? extends Map<String, ? extends T>> value) {
        var copy = new LinkedHashMap<String, Map<String, T>>();
        var all = new LinkedHashMap<String, T>();
        value.forEach((group, options) -> {
            Map<String, T> inGroup = ChoiceOptions.copyOf(options);
            inGroup.forEach((label, option) -> {
                if (all.putIfAbsent(label, option) != null) {
                    throw new IllegalArgumentException(label() + ".groups must not repeat the label '" + label + "'");
                }
            });
            copy.put(group, inGroup);
        });
        if (copy.isEmpty()) {
            groups.set(Map.of());
            return;
        }
        groups.set(Map.of());
        optionsProperty().set(Collections.unmodifiableMap(all));
        groups.set(Collections.unmodifiableMap(copy));
    }

    /** The {@code groups} parameter. */
    public Param<Map<String, Map<String, T>>> groupsProperty() {
        return groups;
    }

    /** Sets the choices and removes any group headings. */
    @Override
    public void setOptions(Map<String, ? extends T> value) {
        groups.set(Map.of());
        super.setOptions(value);
    }

    /** Sets the choices, each labelled by its {@code toString}, and removes any group headings. */
    @Override
    public void setOptions(List<? extends T> value) {
        groups.set(Map.of());
        super.setOptions(value);
    }

    /** The options the browser shows but may not choose. */
    public List<T> getDisabledOptions() {
        return disabledOptions.get();
    }

    /** Sets the options the browser shows but may not choose (each must be an option). */
    public void setDisabledOptions(List<? extends T> value) {
        disabledOptions.set(List.copyOf(value));
    }

    /** The {@code disabledOptions} parameter. */
    public Param<List<T>> disabledOptionsProperty() {
        return disabledOptions;
    }
}
