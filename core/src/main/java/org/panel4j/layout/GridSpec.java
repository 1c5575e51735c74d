package org.panel4j.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.panel4j.component.Component;
import org.panel4j.pane.Panes;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/**
 * Children placed on a grid by row and column, each spanning rows and columns (Panel's
 * {@code layout.GridSpec}, where {@code gs[0, 1:3] = obj} is {@code place(obj, 0, 1, 1, 2)} here).
 * The grid has as many equal columns as its cells reach; a child added with {@link #add} goes to a
 * new row below the others.
 */
public final class GridSpec extends Layout {

    /** The largest row or column index, and the largest span. */
    public static final int MAX_INDEX = 100;

    private final Map<Component, List<Integer>> cellOf = Collections.synchronizedMap(new WeakHashMap<>());
    private final Param<List<List<Integer>>> cells = Param.<List<List<Integer>>>builder(this, "cells").value(List.of())
            .readOnly().doc("Per child: [row, column, rows spanned, columns spanned], derived from the placements.").build();

    /** An empty grid; fill it with {@link #place}. */
    public GridSpec() {
        super();
    }

    /** Places {@code object} at {@code row}, {@code column}, one cell big. */
    public GridSpec place(Object object, int row, int column) {
        return place(object, row, column, 1, 1);
    }

    /**
     * Places {@code object} (wrapped by {@link Panes#panel}) with its top-left cell at {@code row},
     * {@code column}, spanning {@code rowSpan} rows and {@code columnSpan} columns.
     *
     * @throws IllegalArgumentException for a negative index, a span below 1, or beyond {@value #MAX_INDEX}
     */
    public GridSpec place(Object object, int row, int column, int rowSpan, int columnSpan) {
        if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1 || row + rowSpan > MAX_INDEX
                || column + columnSpan > MAX_INDEX) {
            throw new IllegalArgumentException("GridSpec cell must have row, column >= 0, spans >= 1 and end within "
                    + MAX_INDEX + ", got row " + row + " column " + column + " spans " + rowSpan + "x" + columnSpan);
        }
        Component child = Panes.standard().panel(object);
        cellOf.put(child, List.of(row, column, rowSpan, columnSpan));
        add(child);
        return this;
    }

    @Override
    protected void onParamChanged(Param<?> param) {
        if (param == childrenProperty() && cells != null) { // null while Layout's constructor runs
            var out = new ArrayList<List<Integer>>();
            int nextRow = 0;
            for (Component child : children()) {
                List<Integer> cell = cellOf.get(child);
                if (cell != null) {
                    nextRow = Math.max(nextRow, cell.get(0) + cell.get(2));
                }
            }
            for (Component child : children()) {
                List<Integer> cell = cellOf.get(child);
                out.add(cell != null ? cell : List.of(nextRow++, 0, 1, 1));
            }
            setByOwner(cells, List.copyOf(out));
        }
        super.onParamChanged(param);
    }

    /** Per child, [row, column, rows spanned, columns spanned]. */
    public List<List<Integer>> getCells() {
        return cells.get();
    }

    /** The {@code cells} parameter. */
    public ReadOnlyParam<List<List<Integer>>> cellsProperty() {
        return cells;
    }
}
