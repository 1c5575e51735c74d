package org.panel4j.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.panel4j.component.Component;
import org.panel4j.pane.Panes;
import org.panel4j.param.Param;

/**
 * The base of layouts: an ordered list of children, observable through {@link #childrenProperty()}
 * and safe to change from any thread. Children added while the layout is shown appear in every
 * session that shows it; removed ones leave them.
 */
public abstract class Layout extends Component {


    private final Param<List<Component>> children = Param.<List<Component>>builder(this, "children")
            .value(List.of()).toWire(list -> list.stream().map(Component::toNode).toList())
            .check(list -> list.stream().anyMatch(java.util.Objects::isNull) ? "must not contain null" : null)
            .doc("The components inside, in order.").build();

    /** A layout holding {@code objects}, each wrapped by {@link Panes#panel} (a String becomes Markdown). */
    protected Layout(Object... objects) {
        children.set(wrap(objects));
    }

    private static List<Component> wrap(Object... objects) {
        var list = new ArrayList<Component>(objects.length);
        for (Object object : objects) {
            list.add(Panes.standard().panel(Objects.requireNonNull(object, "child")));
        }
        return List.copyOf(list);
    }

    /** The children, a snapshot. */
    @Override
    public List<Component> children() {
        return children.get();
    }

    /** The children, a snapshot (the same as {@link #children()}). */
    public List<Component> getChildren() {
        return children.get();
    }

    /** The {@code children} parameter, to watch. */
    public Param<List<Component>> childrenProperty() {
        return children;
    }

    /** Appends {@code objects} (wrapped by {@link Panes#panel}). */
    public void add(Object... objects) {
        List<Component> added = wrap(objects);
        edit(list -> {
            list.addAll(added);
            return list;
        });
    }

    /** Inserts {@code object} at {@code index}. @throws IndexOutOfBoundsException for a bad index */
    public void insert(int index, Object object) {
        Component child = Panes.standard().panel(object);
        edit(list -> {
            list.add(index, child);
            return list;
        });
    }

    /** Removes {@code child}; returns whether it was there. */
    public boolean remove(Component child) {
        boolean[] removed = {false};
        edit(list -> {
            removed[0] = list.remove(child);
            return list;
        });
        return removed[0];
    }

    /** Replaces all children with {@code objects}. */
    public void setChildren(Object... objects) {
        children.set(wrap(objects));
    }

    /** Removes all children. */
    public void clear() {
        children.set(List.of());
    }

    /** The number of children. */
    public int size() {
        return children.get().size();
    }

    /** Changes the children atomically: concurrent edits never lose one another. */
    protected final void edit(UnaryOperator<List<Component>> change) {
        children.update(current -> List.copyOf(change.apply(new ArrayList<>(current))));
    }
}
