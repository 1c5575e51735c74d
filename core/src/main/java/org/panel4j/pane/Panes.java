package org.panel4j.pane;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.panel4j.component.Component;

/**
 * An ordered, immutable list of {@link PaneType}s that wraps plain objects in the pane that fits them:
 * the first type that applies wins, a component is itself, anything else becomes a {@link Str}.
 * {@link #standard()} is what layouts, binds and {@code Panel.panel} use; {@link #with} puts an own
 * type first.
 *
 * {@snippet :
 * var panes = Panes.standard().with(PaneType.of("Money", BigDecimal.class, m -> true, m -> new Str(m + " €")));
 * Component shown = panes.panel(new BigDecimal("3.50"));
 * }
 */
public final class Panes {

    private static final Panes STANDARD = new Panes(List.of(
            PaneType.of("Markdown", String.class, s -> true, Markdown::new),
            PaneType.of("JPG", byte[].class, JPG::matches, JPG::new),
            PaneType.of("PNG", byte[].class, PNG::matches, PNG::new),
            PaneType.of("GIF", byte[].class, GIF::matches, GIF::new),
            PaneType.of("WebP", byte[].class, WebP::matches, WebP::new)));

    private final List<PaneType> types;

    private Panes(List<PaneType> types) {
        this.types = List.copyOf(types);
    }

    /** The built-in pane types: String → Markdown, JPEG, PNG, GIF and WebP bytes → JPG, PNG, GIF, WebP. */
    public static Panes standard() {
        return STANDARD;
    }

    /** A copy with {@code type} tried before every type of this list. */
    public Panes with(PaneType type) {
        var list = new ArrayList<PaneType>(types.size() + 1);
        list.add(Objects.requireNonNull(type, "type"));
        list.addAll(types);
        return new Panes(list);
    }

    /** The types in the order they are tried. */
    public List<PaneType> types() {
        return types;
    }

    /**
     * Wraps {@code object} in the first pane type that applies; a component is returned as it is,
     * anything no type claims becomes a {@link Str} of its {@code toString()}.
     *
     * @throws IllegalArgumentException for bytes no pane type recognises
     */
    public Component panel(Object object) {
        Objects.requireNonNull(object, "object");
        if (object instanceof Component component) {
            return component;
        }
        for (PaneType type : types) {
            if (type.applies().test(object)) {
                return type.create().apply(object);
            }
        }
        if (object instanceof byte[] bytes) {
            throw new IllegalArgumentException("Panel.panel cannot show byte[" + bytes.length
                    + "]: only JPEG, PNG, GIF and WebP bytes are recognised");
        }
        return new Str(String.valueOf(object));
    }
}
