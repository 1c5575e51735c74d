package org.panel4j.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.pane.Panes;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WireTypes;

/**
 * Titled panels that open and close by a click on their header (Panel's {@code layout.Accordion}):
 * {@code active} lists the open ones, set by the user and the server; with {@code toggle} at most one
 * is open at a time.
 */
public final class Accordion extends Layout {

    private final Map<Component, String> titleOf = Collections.synchronizedMap(new WeakHashMap<>()); // forgets removed panels
    private final Param<List<String>> titles = Param.<List<String>>builder(this, "titles").value(List.of()).readOnly()
            .doc("One title per child, derived from the children.").build();
    private final Param<Boolean> toggle = Param.builder(this, "toggle", Boolean.class).value(false)
            .doc("Whether opening a panel closes the others (at most one open).").build();
    private final Param<List<Integer>> active = Param.builder(this, "active", WireTypes.listOf(WireTypes.INTEGER))
            .value(List.of()).clientWritable().check(this::activeProblem)
            .doc("The indices of the open panels.").build();

    /** An accordion with no panel yet; add them with {@link #addPanel}. */
    public Accordion() {
        super();
    }

    private @Nullable String activeProblem(List<Integer> value) {
        int size = size();
        if (value.stream().anyMatch(i -> i == null || i < 0 || i >= size)) {
            return "must hold panel indices below " + size;
        }
        if (new HashSet<>(value).size() != value.size()) {
            return "must not repeat an index";
        }
        return toggle != null && toggle.get() && value.size() > 1 ? "may hold one index while toggle is on" : null;
    }

    /**
     * Adds a panel titled {@code title} showing {@code object} (wrapped by {@link Panes#panel}).
     * Children added with {@link #add} are titled "Panel N".
     */
    public Accordion addPanel(String title, Object object) {
        Component child = Panes.standard().panel(object);
        titleOf.put(child, Objects.requireNonNull(title, "title"));
        add(child);
        return this;
    }

    @Override
    protected void onParamChanged(Param<?> param) {
        if (param == childrenProperty() && titles != null) { // null while Layout's constructor runs
            List<Component> now = children();
            var names = new ArrayList<String>(now.size());
            for (int i = 0; i < now.size(); i++) {
                names.add(titleOf.getOrDefault(now.get(i), "Panel " + (i + 1)));
            }
            setByOwner(titles, List.copyOf(names));
            List<Integer> open = active.get();
            if (open.stream().anyMatch(i -> i >= now.size())) {
                setByOwner(active, open.stream().filter(i -> i < now.size()).toList());
            }
        } else if (param == toggle && toggle.get() && active.get().size() > 1) {
            setByOwner(active, List.of(active.get().get(0)));
        }
        super.onParamChanged(param);
    }

    /** The panel titles, one per child, in order. */
    public List<String> getTitles() {
        return titles.get();
    }

    /** The {@code titles} parameter. */
    public ReadOnlyParam<List<String>> titlesProperty() {
        return titles;
    }

    /** The indices of the open panels. */
    public List<Integer> getActive() {
        return active.get();
    }

    /** Opens exactly the panels at {@code indices}. @throws IllegalArgumentException for a bad index */
    public void setActive(List<Integer> indices) {
        active.set(List.copyOf(indices));
    }

    /** The {@code active} parameter (the user sets it). */
    public Param<List<Integer>> activeProperty() {
        return active;
    }

    /** Whether at most one panel is open. */
    public boolean isToggle() {
        return toggle.get();
    }

    /** Lets one panel (true) or many (false) be open; turning it on keeps the first open one. */
    public void setToggle(boolean value) {
        toggle.set(value);
    }

    /** The {@code toggle} parameter. */
    public Param<Boolean> toggleProperty() {
        return toggle;
    }
}
