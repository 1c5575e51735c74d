/**
 * Layouts: components that arrange others ({@link org.panel4j.layout.Row},
 * {@link org.panel4j.layout.Column}, {@link org.panel4j.layout.Tabs}, {@link org.panel4j.layout.Card},
 * {@link org.panel4j.layout.Accordion}, {@link org.panel4j.layout.GridBox},
 * {@link org.panel4j.layout.GridSpec}, {@link org.panel4j.layout.FlexBox},
 * {@link org.panel4j.layout.WidgetBox}, {@link org.panel4j.layout.Modal}), with observable, mutable,
 * thread-safe children; and spacing components ({@link org.panel4j.layout.Spacer},
 * {@link org.panel4j.layout.HSpacer}, {@link org.panel4j.layout.VSpacer}, {@link org.panel4j.layout.Divider}).
 */
@NullMarked
package org.panel4j.layout;

import org.jspecify.annotations.NullMarked;
