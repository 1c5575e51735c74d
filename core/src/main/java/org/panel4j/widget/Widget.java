package org.panel4j.widget;

import org.panel4j.component.Component;
import org.panel4j.param.Param;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;

/** The base of widgets: a {@code name} (label) and a {@code disabled} flag that refuses browser input. */
public abstract class Widget extends Component {

    private final Param<String> name = Param.builder(this, "name", String.class).value("")
            .doc("The label shown with the widget.").build();
    private final Param<Boolean> disabled = Param.builder(this, "disabled", Boolean.class).value(false)
            .doc("Whether the widget refuses input.").build();

    /** For subclasses. */
    protected Widget() {}

    /** The label. */
    public String getName() {
        return name.get();
    }

    /** Sets the label. */
    public void setName(String value) {
        name.set(value);
    }

    /** The {@code name} parameter. */
    public Param<String> nameProperty() {
        return name;
    }

    /** Whether the widget refuses input. */
    public boolean isDisabled() {
        return disabled.get();
    }

    /** Enables or disables the widget. */
    public void setDisabled(boolean value) {
        disabled.set(value);
    }

    /** The {@code disabled} parameter. */
    public Param<Boolean> disabledProperty() {
        return disabled;
    }

    @Override
    protected void checkAcceptsInput(String what) {
        super.checkAcceptsInput(what);
        if (isDisabled()) {
            throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED, label() + " is disabled; '" + what + "' ignored");
        }
    }

    /** The class and, when set, the label, then the id, for logs: {@code Button "Save"#c40ada0fcc9ea}. */
    @Override
    public String toString() {
        String label = getName();
        return label == null || label.isEmpty() ? super.toString()
                : label() + " \"" + ClientText.bounded(label) + "\"#" + id();
    }
}
