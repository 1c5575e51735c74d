/**
 * Panes: components that show an object (text, Markdown, trusted HTML, JPG and PNG images, a spinner,
 * a progress bar). Text is always shown as text; only {@link org.panel4j.pane.HTML} is trusted markup.
 */
@NullMarked
package org.panel4j.pane;

import org.jspecify.annotations.NullMarked;
