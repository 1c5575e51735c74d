/**
 * The server's metrics for Prometheus, through Micrometer: {@link org.panel4j.metrics.PrometheusExporter}
 * (docs/deploy.md, "Metrics"; docs/decisions/0025-metrics.md).
 */
@NullMarked
package org.panel4j.metrics;

import org.jspecify.annotations.NullMarked;
