/**
 * Several nodes behind nginx with Redis (docs/deploy.md), as real processes: {@link
 * org.panel4j.examples.cluster.Cluster} starts them, {@link org.panel4j.examples.cluster.ClusterTest}
 * checks routing, shared values, a Redis restart, a killed and a drained node. Skipped, saying so, when
 * nginx or redis-server is not installed.
 */
@NullMarked
package org.panel4j.examples.cluster;

import org.jspecify.annotations.NullMarked;
