/**
 * The base of every widget, pane and layout: {@link org.panel4j.component.Component}, with its
 * stable id, common parameters, and attachment to the sessions that show it.
 */
@NullMarked
package org.panel4j.component;

import org.jspecify.annotations.NullMarked;
