package org.panel4j.layout;

import org.panel4j.param.Param;

/** Its children in a grid of {@code ncols} equal columns, row after row (Panel's {@code layout.GridBox}). */
public final class GridBox extends Layout {

    /** The most columns. */
    public static final int MAX_COLUMNS = 24;

    private final Param<Integer> ncols = Param.builder(this, "ncols", Integer.class).value(2)
            .bounds(() -> 1, () -> MAX_COLUMNS).doc("The number of columns.").build();

    /** An empty grid of two columns. */
    public GridBox() {
        super();
    }

    /** A grid of {@code ncols} columns holding {@code objects}. @throws IllegalArgumentException for a bad count */
    public GridBox(int ncols, Object... objects) {
        super(objects);
        this.ncols.set(ncols);
    }

    /** The number of columns. */
    public int getNcols() {
        return ncols.get();
    }

    /** Sets the number of columns (1 to {@value #MAX_COLUMNS}). */
    public void setNcols(int value) {
        ncols.set(value);
    }

    /** The {@code ncols} parameter. */
    public Param<Integer> ncolsProperty() {
        return ncols;
    }
}
