package org.panel4j.widget;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Panel's {@code ToggleGroup}: a factory for the group of toggles a widget type and behaviour call for,
 * {@link CheckBoxGroup}, {@link CheckButtonGroup}, {@link RadioBoxGroup} or {@link RadioButtonGroup}.
 * It makes no component of its own.
 */
public final class ToggleGroup {

    /** How the options are shown. */
    public enum WidgetType {
        /** Toggle buttons. */
        BUTTON,
        /** Check boxes or radio inputs. */
        BOX
    }

    /** How many options may be on. */
    public enum Behavior {
        /** Any number ({@link MultiValueChoice}). */
        CHECK,
        /** Exactly one ({@link SingleChoice}). */
        RADIO
    }

    private ToggleGroup() {}

    /** A {@link CheckButtonGroup} or {@link CheckBoxGroup} over {@code options}, label → value. */
    public static <T> MultiValueChoice<T> check(Map<String, ? extends T> options, WidgetType type) {
        return switch (Objects.requireNonNull(type, "type")) {
            case BUTTON -> new CheckButtonGroup<T>(options);
            case BOX -> new CheckBoxGroup<T>(options);
        };
    }

    /** A {@link CheckButtonGroup} or {@link CheckBoxGroup} over {@code options}, shown by {@code toString}. */
    public static <T> MultiValueChoice<T> check(List<? extends T> options, WidgetType type) {
        return check(ChoiceOptions.labelled(options), type);
    }

    /** A {@link RadioButtonGroup} or {@link RadioBoxGroup} over {@code options}, label → value. */
    public static <T> SingleChoice<T> radio(Map<String, ? extends T> options, WidgetType type) {
        return switch (Objects.requireNonNull(type, "type")) {
            case BUTTON -> new RadioButtonGroup<T>(options);
            case BOX -> new RadioBoxGroup<T>(options);
        };
    }

    /** A {@link RadioButtonGroup} or {@link RadioBoxGroup} over {@code options}, shown by {@code toString}. */
    public static <T> SingleChoice<T> radio(List<? extends T> options, WidgetType type) {
        return radio(ChoiceOptions.labelled(options), type);
    }

    /** The group {@code type} and {@code behavior} call for, over {@code options} shown by {@code toString}. */
    public static Widget create(List<?> options, WidgetType type, Behavior behavior) {
        return switch (Objects.requireNonNull(behavior, "behavior")) {
            case CHECK -> check(options, type);
            case RADIO -> radio(options, type);
        };
    }
}
