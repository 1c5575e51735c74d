package org.panel4j.pane;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.panel4j.component.Component;

/**
 * How a pane type claims plain objects for {@link Panes#panel}: whether it applies to an object,
 * and how it wraps one (Panel's {@code PaneBase.applies}).
 *
 * @param name    the pane's name, for error messages
 * @param applies whether this pane shows {@code object}
 * @param create  wraps an object {@code applies} accepted
 */
public record PaneType(String name, Predicate<Object> applies, Function<Object, Component> create) {

    /** Checks for nulls. */
    public PaneType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applies, "applies");
        Objects.requireNonNull(create, "create");
    }

    /** A pane type for objects of {@code type} that pass {@code test}. */
    public static <T> PaneType of(String name, Class<T> type, Predicate<? super T> test,
                                  Function<? super T, ? extends Component> create) {
        return new PaneType(name, object -> type.isInstance(object) && test.test(type.cast(object)),
                object -> create.apply(type.cast(object)));
    }
}
