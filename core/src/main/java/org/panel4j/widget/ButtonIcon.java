package org.panel4j.widget;

import java.util.Map;
import org.panel4j.param.Change;
import org.panel4j.param.Origin;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WatchOptions;
import org.panel4j.session.Callback;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;

/**
 * A button that shows an icon and counts clicks (Panel's {@code ButtonIcon}); after a click the page
 * shows {@code activeIcon}, if any, for {@code toggleDuration} milliseconds. The {@code name} is its
 * accessible label and tooltip, {@code description} a longer tooltip.
 *
 * {@snippet :
 * var copy = new ButtonIcon("copy").activeIcon("check");
 * copy.onClick(event -> clipboard.setValue("copied " + event.newValue() + " times"));
 * }
 */
public final class ButtonIcon extends Widget {

    private final Param<String> icon = Param.builder(this, "icon", String.class).value("heart")
            .check(v -> Icons.check(v, false)).doc("The icon shown (one of Icons.NAMES).").build();
    private final Param<String> activeIcon = Param.builder(this, "activeIcon", String.class).value("")
            .check(v -> Icons.check(v, true)).doc("The icon shown briefly after a click; empty: none.").build();
    private final Param<Integer> toggleDuration = Param.builder(this, "toggleDuration", Integer.class).value(75)
            .bounds(() -> 0, () -> 10_000).doc("How long the active icon shows, in milliseconds.").build();
    private final Param<String> description = Param.builder(this, "description", String.class).value("")
            .doc("A tooltip; the name when empty.").build();
    private final Param<Integer> clicks = Param.builder(this, "clicks", Integer.class).value(0).readOnly()
            .doc("How many times it was clicked in the browser.").build();

    /** A button showing {@code icon} (one of {@link Icons#NAMES}). */
    public ButtonIcon(String icon) {
        setIcon(icon);
    }

    /** Calls {@code callback} on each click; {@code event.newValue()} is the click count. */
    public Registration onClick(Callback<? super Change<Integer>> callback) {
        return clicks.watch(callback, WatchOptions.DEFAULT.onlyChanged(false).kind("click"));
    }

    /** The icon. */
    public String getIcon() {
        return icon.get();
    }

    /** Sets the icon. @throws IllegalArgumentException if it is not in {@link Icons#NAMES} */
    public void setIcon(String value) {
        icon.set(value);
    }

    /** The {@code icon} parameter. */
    public Param<String> iconProperty() {
        return icon;
    }

    /** The icon shown after a click; empty if none. */
    public String getActiveIcon() {
        return activeIcon.get();
    }

    /** Sets the icon shown after a click (empty: none). */
    public void setActiveIcon(String value) {
        activeIcon.set(value);
    }

    /** The {@code activeIcon} parameter. */
    public Param<String> activeIconProperty() {
        return activeIcon;
    }

    /** Sets the active icon; returns this for chaining. */
    public ButtonIcon activeIcon(String value) {
        setActiveIcon(value);
        return this;
    }

    /** How long the active icon shows, in milliseconds. */
    public int getToggleDuration() {
        return toggleDuration.get();
    }

    /** Sets how long the active icon shows (0 to 10,000 ms). */
    public void setToggleDuration(int millis) {
        toggleDuration.set(millis);
    }

    /** The {@code toggleDuration} parameter. */
    public Param<Integer> toggleDurationProperty() {
        return toggleDuration;
    }

    /** The tooltip. */
    public String getDescription() {
        return description.get();
    }

    /** Sets the tooltip. */
    public void setDescription(String value) {
        description.set(value);
    }

    /** The {@code description} parameter. */
    public Param<String> descriptionProperty() {
        return description;
    }

    /** How many times it was clicked. */
    public int getClicks() {
        return clicks.get();
    }

    /** The read-only {@code clicks} parameter, to watch. */
    public ReadOnlyParam<Integer> clicksProperty() {
        return clicks;
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
