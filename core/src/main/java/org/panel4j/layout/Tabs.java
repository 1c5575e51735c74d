package org.panel4j.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Collections;
import java.util.WeakHashMap;
import org.panel4j.component.Component;
import org.panel4j.pane.Panes;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/** Children shown one at a time under a row of titled tabs; the user picks one ({@code active}). */
public final class Tabs extends Layout {

    private final Map<Component, String> titleOf = Collections.synchronizedMap(new WeakHashMap<>()); // forgets removed tabs
    private final Param<List<String>> titles = Param.<List<String>>builder(this, "titles").value(List.of()).readOnly()
            .doc("One title per child, derived from the children.").build();
    private final Param<Integer> active = Param.builder(this, "active", Integer.class).value(0).clientWritable()
            .check(v -> v < 0 || (v > 0 && v >= size()) ? "must be a tab index below " + Math.max(1, size()) : null)
            .doc("The index of the shown tab.").build();

    /** Tabs with no tab yet; add them with {@link #addTab}. */
    public Tabs() {
        super();
    }

    /**
     * Adds a tab titled {@code title} showing {@code object} (wrapped by {@link Panes#panel}).
     * Children added with {@link #add} are titled "Tab N".
     */
    public Tabs addTab(String title, Object object) {
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
                names.add(titleOf.getOrDefault(now.get(i), "Tab " + (i + 1)));
            }
            setByOwner(titles, List.copyOf(names));
        }
        super.onParamChanged(param);
    }

    /** The tab titles, one per child, in order. */
    public List<String> getTitles() {
        return titles.get();
    }

    /** The {@code titles} parameter. */
    public ReadOnlyParam<List<String>> titlesProperty() {
        return titles;
    }

    /** The index of the shown tab. */
    public int getActive() {
        return active.get();
    }

    /** Shows the tab at {@code index}. @throws IllegalArgumentException if the value is not acceptable */
    public void setActive(int index) {
        active.set(index);
    }

    /** The {@code active} parameter (the user sets it). */
    public Param<Integer> activeProperty() {
        return active;
    }
}
