package org.panel4j.widget;

import java.util.Map;
import java.util.Objects;
import org.panel4j.param.Change;
import org.panel4j.param.Origin;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WatchOptions;
import org.panel4j.session.Callback;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;

/**
 * A push button. Each browser click increments {@code clicks}; {@link #onClick} callbacks receive
 * that change, so {@code event.newValue()} is the click count (as in Panel).
 *
 * {@snippet :
 * var button = new Button("Click me!");
 * button.onClick(Panel.async(event -> {
 *     text.setValue("Running " + event.newValue());
 *     Thread.sleep(2000);
 *     text.setValue("Finished " + event.newValue());
 * }));
 * }
 */
public final class Button extends Widget {

    private final Param<Integer> clicks = Param.builder(this, "clicks", Integer.class).value(0).readOnly()
            .doc("How many times the button was clicked in the browser.").build();
    private final Param<ButtonType> buttonType = Param.builder(this, "buttonType", ButtonType.class)
            .value(ButtonType.DEFAULT).doc("The colour role.").build();

    /** A button labelled {@code name}. */
    public Button(String name) {
        setName(Objects.requireNonNull(name, "name"));
    }

    /** An unlabelled button. */
    public Button() {
        this("");
    }

    /**
     * Calls {@code callback} on each click; sync callbacks run holding the session lock, {@code async}
     * ones side by side on their own virtual threads ({@code Concurrency.PARALLEL} unless chosen otherwise).
     */
    public Registration onClick(Callback<? super Change<Integer>> callback) {
        return clicks.watch(callback, WatchOptions.DEFAULT.onlyChanged(false).kind("click"));
    }

    /** How many times the button was clicked. */
    public int getClicks() {
        return clicks.get();
    }

    /** The read-only {@code clicks} parameter, to watch. */
    public ReadOnlyParam<Integer> clicksProperty() {
        return clicks;
    }

    /** The colour role. */
    public ButtonType getButtonType() {
        return buttonType.get();
    }

    /** Sets the colour role. */
    public void setButtonType(ButtonType value) {
        buttonType.set(value);
    }

    /** The {@code buttonType} parameter. */
    public Param<ButtonType> buttonTypeProperty() {
        return buttonType;
    }

    /** Sets the colour role; returns this for chaining. */
    public Button buttonType(ButtonType value) {
        setButtonType(value);
        return this;
    }

    /** Handles {@code click}: counts it and runs the click callbacks; refused when disabled or hidden. */
    @Override
    public void applyClientEvent(Session session, String event, Map<String, Object> payload) {
        if (!"click".equals(event)) {
            super.applyClientEvent(session, event, payload);
        }
        checkAcceptsInput(event);
        setByOwner(clicks, clicks.get() + 1, Origin.CLIENT, session);
    }
}
