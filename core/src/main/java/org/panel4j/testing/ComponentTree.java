package org.panel4j.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.panel4j.component.Component;
import org.panel4j.session.ClientText;

/**
 * Finds components under a root by type and label, for {@link TestSession#find}. A component's label is
 * what a user reads on it: its {@code name} parameter (every widget, indicators, {@code FloatPanel}), else
 * its {@code title} (a {@code Card}, {@code Modal}, {@code Template}, {@code Figure}…); other components
 * (panes, plain layouts) have none and are found by type.
 */
final class ComponentTree {

    /** How many components a "not found" message lists at most. */
    private static final int LISTED = 40;

    private ComponentTree() {}

    /** {@code root} and every component inside it, depth first, in order. */
    static List<Component> all(Component root) {
        var out = new ArrayList<Component>();
        collect(root, out);
        return out;
    }

    private static void collect(Component component, List<Component> out) {
        out.add(component);
        for (Component child : component.children()) {
            collect(child, out);
        }
    }

    /** The component's label: its {@code name}, else its {@code title}, else empty. */
    static String label(Component component) {
        String name = text(component, "name");
        return name.isEmpty() ? text(component, "title") : name;
    }

    private static String text(Component component, String param) {
        return component.param(param).map(p -> p.get() instanceof String s ? s : "").orElse("");
    }

    /** The components of {@code type} under {@code root}, in order. */
    static <T extends Component> List<T> ofType(Component root, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return all(root).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The one component matching, or an {@link AssertionError} that lists what there is. */
    static <T extends Component> T single(Component root, List<T> found, String wanted) {
        if (found.size() == 1) {
            return found.getFirst();
        }
        String problem = found.isEmpty() ? "No " + wanted + " under the root"
                : found.size() + " components are " + wanted + " (" + shown(found) + ")";
        throw new AssertionError(problem + "; the page shows: " + shown(all(root)));
    }

    /** {@code Row, Button "Go", StaticText, …}: types and labels, the first {@value #LISTED}. */
    static String shown(List<? extends Component> components) {
        var out = new StringBuilder();
        for (int i = 0; i < Math.min(components.size(), LISTED); i++) {
            Component c = components.get(i);
            String label = label(c);
            out.append(i == 0 ? "" : ", ").append(c.label());
            if (!label.isEmpty()) {
                out.append(" \"").append(ClientText.bounded(label, 60)).append('"');
            }
        }
        if (components.size() > LISTED) {
            out.append(" and ").append(components.size() - LISTED).append(" more");
        }
        return out.toString();
    }
}
