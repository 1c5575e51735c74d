package org.panel4j.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.panel4j.Panel;
import org.panel4j.component.Component;
import org.panel4j.param.Param;
import org.panel4j.param.Transaction;

/** Children shown one at a time under a row of titled tabs; the user picks one ({@code active}). */
public final class Tabs extends Layout {

    private final ReentrantLock tabsLock = new ReentrantLock();
    private final Param<List<String>> titles = Param.<List<String>>builder(this, "titles").value(List.of())
            .doc("One title per child.").build();
    private final Param<Integer> active = Param.builder(this, "active", Integer.class).value(0).clientWritable()
            .check(v -> v < 0 || (v > 0 && v >= size()) ? "must be a tab index below " + Math.max(1, size()) : null)
            .doc("The index of the shown tab.").build();

    /** Tabs with no tab yet; add them with {@link #addTab}. */
    public Tabs() {
        super();
    }

    /** Adds a tab titled {@code title} showing {@code object} (wrapped by {@link Panel#panel}). */
    public Tabs addTab(String title, Object object) {
        Component child = Panel.panel(object);
        tabsLock.lock();
        try {
            var newChildren = new ArrayList<>(children());
            newChildren.add(child);
            var newTitles = new ArrayList<>(titles.get());
            newTitles.add(title);
            Transaction.begin().set(childrenProperty(), List.copyOf(newChildren)).set(titles, List.copyOf(newTitles)).commit();
        } finally {
            tabsLock.unlock();
        }
        return this;
    }

    /** The {@code titles} parameter. */
    public Param<List<String>> titlesProperty() {
        return titles;
    }

    /** The {@code active} parameter (the user sets it). */
    public Param<Integer> activeProperty() {
        return active;
    }
}
