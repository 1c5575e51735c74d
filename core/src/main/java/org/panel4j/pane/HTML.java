package org.panel4j.pane;

import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * Markup inserted as HTML, <em>trusted</em>: never pass it text a user or a remote system supplied.
 * For such text use {@link Str}, {@link Markdown} or {@code StaticText}.
 */
public final class HTML extends Component implements HasValue<String> {

    private final Param<String> object = Param.builder(this, "object", String.class).value("")
            .doc("Trusted HTML markup.").build();

    /** Shows {@code trustedHtml} as markup. */
    public HTML(String trustedHtml) {
        object.set(trustedHtml);
    }

    /** The markup. */
    @Override
    public Param<String> valueProperty() {
        return object;
    }
}
