package org.panel4j.widget;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Change;
import org.panel4j.param.Origin;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WatchOptions;
import org.panel4j.session.Callback;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;

/**
 * A button that opens a menu of items (Panel's {@code MenuButton}); choosing one, by mouse or keyboard
 * (arrow keys, Enter, Escape), sets {@code clicked} to the item and runs the click callbacks with it,
 * also when the same item is chosen again.
 *
 * {@snippet :
 * var export = new MenuButton("Export", List.of("CSV", "JSON", "Parquet"));
 * export.onClick(event -> status.setValue("Exporting " + event.newValue()));
 * }
 */
public final class MenuButton extends Widget {

    private final Param<List<String>> items = Param.<List<String>>builder(this, "items").value(List.of())
            .check(MenuButton::checkItems).doc("The menu's items, in order; each is also its name.").build();
    private final Param<String> clicked = Param.builder(this, "clicked", String.class).nullable().readOnly()
            .doc("The item chosen last, or null.").build();
    private final Param<ButtonType> buttonType = Param.builder(this, "buttonType", ButtonType.class)
            .value(ButtonType.DEFAULT).doc("The colour role.").build();
    private final Param<String> icon = Param.builder(this, "icon", String.class).value("")
            .check(v -> Icons.check(v, true)).doc("An icon before the label (one of Icons.NAMES); empty: none.").build();

    /** A menu button labelled {@code name} with {@code items}. */
    public MenuButton(String name, List<String> items) {
        setName(name);
        setItems(items);
    }

    private static @Nullable String checkItems(List<String> items) {
        if (items.stream().anyMatch(i -> i == null || i.isBlank())) {
            return "must not contain null or blank items";
        }
        return new HashSet<>(items).size() == items.size() ? null : "must not contain an item twice";
    }

    /** Calls {@code callback} each time an item is chosen; {@code event.newValue()} is the item. */
    public Registration onClick(Callback<? super Change<String>> callback) {
        return clicked.watch(callback, WatchOptions.DEFAULT.onlyChanged(false).kind("click"));
    }

    /** The items. */
    public List<String> getItems() {
        return items.get();
    }

    /** Sets the items. @throws IllegalArgumentException if one is blank or repeated */
    public void setItems(List<String> value) {
        items.set(List.copyOf(value));
    }

    /** The {@code items} parameter. */
    public Param<List<String>> itemsProperty() {
        return items;
    }

    /** The item chosen last, or null. */
    public @Nullable String getClicked() {
        return clicked.get();
    }

    /** The read-only {@code clicked} parameter, to watch. */
    public ReadOnlyParam<String> clickedProperty() {
        return clicked;
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
    public MenuButton buttonType(ButtonType value) {
        setButtonType(value);
        return this;
    }

    /** The icon before the label; empty if none. */
    public String getIcon() {
        return icon.get();
    }

    /** Sets the icon before the label (empty: none). */
    public void setIcon(String value) {
        icon.set(value);
    }

    /** The {@code icon} parameter. */
    public Param<String> iconProperty() {
        return icon;
    }

    /**
     * Handles {@code click} with {@code {"item": name}}: an item of the menu, else {@code invalid_value};
     * refused when disabled or hidden.
     */
    @Override
    public void applyClientEvent(Session session, String event, Map<String, Object> payload) {
        if (!"click".equals(event)) {
            super.applyClientEvent(session, event, payload);
        }
        checkAcceptsInput(event);
        Object item = payload.get("item");
        if (!(item instanceof String name) || !getItems().contains(name)) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE, label()
                    + " has no item " + (item instanceof String s ? "'" + ClientText.bounded(s) + "'" : "of that kind"));
        }
        setByOwner(clicked, name, Origin.CLIENT, session);
    }
}
