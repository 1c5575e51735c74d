/**
 * Typed, validated parameters with watchers, after HoloViz Param: {@link org.panel4j.param.Param}
 * values owned by a {@link org.panel4j.param.Parameterized}, change events, triggers and
 * all-or-nothing {@link org.panel4j.param.Transaction transactions}.
 */
@NullMarked
package org.panel4j.param;

import org.jspecify.annotations.NullMarked;
