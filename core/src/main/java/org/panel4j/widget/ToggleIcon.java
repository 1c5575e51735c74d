package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * An icon that toggles a boolean (Panel's {@code ToggleIcon}): {@code icon} while off, {@code activeIcon}
 * while on (the filled form of {@code icon} when empty and there is one). The {@code name} is its
 * accessible label and tooltip.
 */
public final class ToggleIcon extends Widget implements HasValue<Boolean> {

    private final Param<Boolean> value = Param.builder(this, "value", Boolean.class).value(false).clientWritable()
            .doc("Whether it is on.").build();
    private final Param<String> icon = Param.builder(this, "icon", String.class).value("heart")
            .check(v -> Icons.check(v, false)).doc("The icon shown while off (one of Icons.NAMES).").build();
    private final Param<String> activeIcon = Param.builder(this, "activeIcon", String.class).value("")
            .check(v -> Icons.check(v, true)).doc("The icon shown while on; empty: the filled icon.").build();
    private final Param<String> description = Param.builder(this, "description", String.class).value("")
            .doc("A tooltip; the name when empty.").build();

    /** A heart that is off. */
    public ToggleIcon() {}

    /** An off toggle showing {@code icon}, and {@code activeIcon} while on. */
    public ToggleIcon(String icon, String activeIcon) {
        setIcon(icon);
        setActiveIcon(activeIcon);
    }

    @Override
    public Param<Boolean> valueProperty() {
        return value;
    }

    /** The icon shown while off. */
    public String getIcon() {
        return icon.get();
    }

    /** Sets the icon shown while off. @throws IllegalArgumentException if it is not in {@link Icons#NAMES} */
    public void setIcon(String value) {
        icon.set(value);
    }

    /** The {@code icon} parameter. */
    public Param<String> iconProperty() {
        return icon;
    }

    /** The icon shown while on; empty for the filled icon. */
    public String getActiveIcon() {
        return activeIcon.get();
    }

    /** Sets the icon shown while on (empty: the filled form of the icon). */
    public void setActiveIcon(String value) {
        activeIcon.set(value);
    }

    /** The {@code activeIcon} parameter. */
    public Param<String> activeIconProperty() {
        return activeIcon;
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
}
