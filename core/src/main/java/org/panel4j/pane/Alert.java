package org.panel4j.pane;

import java.util.List;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A coloured box with a message, written in Markdown and made safe as {@link Markdown} makes it
 * (Panel's {@code pane.Alert}); {@code alertType} picks the colour.
 */
public final class Alert extends Component implements HasValue<String> {

    /** The alert types, as in Panel (Bootstrap's names). */
    public static final List<String> ALERT_TYPES =
            List.of("primary", "secondary", "success", "danger", "warning", "info", "light", "dark");

    private final Param<String> object = Param.builder(this, "object", String.class).value("")
            .toWire(Markdown::render).doc("The message in Markdown; the browser receives safe HTML.").build();
    private final Param<String> alertType = Param.builder(this, "alertType", String.class).value("primary")
            .allowed(() -> ALERT_TYPES).doc("The colour: primary, secondary, success, danger, warning, info, light or dark.")
            .build();

    /** An alert of {@code alertType} saying {@code markdown}. @throws IllegalArgumentException for an unknown type */
    public Alert(String markdown, String alertType) {
        object.set(markdown);
        this.alertType.set(alertType);
    }

    /** A primary alert saying {@code markdown}. */
    public Alert(String markdown) {
        this(markdown, "primary");
    }

    /** The Markdown message. */
    @Override
    public Param<String> valueProperty() {
        return object;
    }

    /** The colour name. */
    public String getAlertType() {
        return alertType.get();
    }

    /** Sets the colour. @throws IllegalArgumentException unless one of {@link #ALERT_TYPES} */
    public void setAlertType(String value) {
        alertType.set(value);
    }

    /** The {@code alertType} parameter. */
    public Param<String> alertTypeProperty() {
        return alertType;
    }
}
