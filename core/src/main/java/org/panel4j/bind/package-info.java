/**
 * Reactive output: {@link org.panel4j.bind.Bound}, a pane that re-evaluates a function whenever its
 * inputs change, sync or async, where the newest input always wins.
 */
@NullMarked
package org.panel4j.bind;

import org.jspecify.annotations.NullMarked;
