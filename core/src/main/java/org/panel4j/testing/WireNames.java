package org.panel4j.testing;

import java.util.LinkedHashSet;
import java.util.Set;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.session.ClientText;

/**
 * Checks the property names a test gives {@link TestSession}'s string methods, so that a wrong one fails at
 * once, naming the valid ones, instead of timing out on a value that never comes.
 */
final class WireNames {

    private WireNames() {}

    /**
     * The wire names of {@code component}: its parameters, and what else the browser holds for it (e.g. a
     * data source's {@code data}).
     */
    static Set<String> of(Component component, ClientMirror client) {
        var names = new LinkedHashSet<String>();
        for (Param<?> param : component.params()) {
            names.add(param.name());
        }
        names.addAll(client.properties(component.id()));
        return names;
    }

    /**
     * @throws IllegalArgumentException if {@code prop} is not a wire name of {@code component}, naming them
     */
    static void check(Component component, String prop, ClientMirror client) {
        Set<String> names = of(component, client);
        if (names.contains(prop)) {
            return;
        }
        String hint = "";
        if (component instanceof HasValue<?> valued && "value".equals(prop)) {
            hint = "; its value (valueProperty()) is '" + valued.valueProperty().name() + "' on the wire";
        }
        throw new IllegalArgumentException(component.label() + " has no property '" + ClientText.bounded(prop, 60)
                + "'" + hint + "; its properties: " + String.join(", ", names));
    }
}
