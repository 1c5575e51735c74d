/**
 * Layouts: components that arrange others ({@link org.panel4j.layout.Row},
 * {@link org.panel4j.layout.Column}, {@link org.panel4j.layout.Tabs}, {@link org.panel4j.layout.Card}),
 * with observable, mutable, thread-safe children.
 */
@NullMarked
package org.panel4j.layout;

import org.jspecify.annotations.NullMarked;
