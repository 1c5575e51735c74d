/**
 * Widgets: components the user acts on (buttons, sliders, text, password and number inputs, text
 * areas, choice widgets over labelled options, toggles, switches, colour pickers) and
 * {@link org.panel4j.widget.StaticText}. Values the browser may set are declared client-writable.
 */
@NullMarked
package org.panel4j.widget;

import org.jspecify.annotations.NullMarked;
