/**
 * panel4j: interactive web apps and dashboards in plain Java, after HoloViz Panel.
 * {@link org.panel4j.Panel} holds the entry points; see {@code docs/concurrency.md} for who runs what.
 */
@NullMarked
package org.panel4j;

import org.jspecify.annotations.NullMarked;
