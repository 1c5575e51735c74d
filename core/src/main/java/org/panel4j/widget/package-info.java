/**
 * Widgets: components the user acts on (buttons, sliders, text inputs, selects, toggles) and
 * {@link org.panel4j.widget.StaticText}. Values the browser may set are declared client-writable.
 */
@NullMarked
package org.panel4j.widget;

import org.jspecify.annotations.NullMarked;
