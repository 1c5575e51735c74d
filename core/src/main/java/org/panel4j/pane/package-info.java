/**
 * Panes: components that show an object (text, Markdown with GitHub's tables and task lists, alerts,
 * JSON trees, trusted HTML, sanitised SVG, JPG, PNG, GIF and WebP images, audio and video players, a
 * placeholder, a spinner, a progress bar). Text is always shown as text; only
 * {@link org.panel4j.pane.HTML} is trusted markup.
 */
@NullMarked
package org.panel4j.pane;

import org.jspecify.annotations.NullMarked;
