/**
 * Plotting in Bokeh's vocabulary with Java's types: a {@link org.panel4j.plot.Figure} draws
 * {@link org.panel4j.plot.Glyph glyphs} (line, scatter, step, area, vbar) from the columns of a
 * {@link org.panel4j.plot.ColumnDataSource}, whose {@code stream} and {@code patch} send only the
 * rows that changed to every browser showing it.
 *
 * {@snippet :
 * var source = new ColumnDataSource(Map.of("x", new double[] {0}, "y", new double[] {0}));
 * var figure = new Figure("Random walk");
 * figure.line(source, "x", "y").color("#1f77b4").width(2).legend("walk");
 * source.stream(Map.of("x", new double[] {1, 2}, "y", new double[] {0.5, -0.2}), 1000);
 * }
 */
@NullMarked
package org.panel4j.plot;

import org.jspecify.annotations.NullMarked;
