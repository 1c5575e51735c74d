/**
 * Indicators: components that show a value at a glance (Panel's {@code pn.indicators}): a big
 * {@link org.panel4j.indicator.Number}, a {@link org.panel4j.indicator.BooleanStatus} light, a
 * {@link org.panel4j.indicator.Trend} sparkline, a round {@link org.panel4j.indicator.Gauge} and a
 * {@link org.panel4j.indicator.LinearGauge}, a {@link org.panel4j.indicator.TooltipIcon} and a
 * {@link org.panel4j.indicator.Tqdm} progress with text. The browser draws them as plain SVG and DOM.
 */
@NullMarked
package org.panel4j.indicator;

import org.jspecify.annotations.NullMarked;
