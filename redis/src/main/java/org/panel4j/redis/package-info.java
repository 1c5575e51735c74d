/**
 * Values shared by every session on every node, through Redis (docs/deploy.md): {@link
 * org.panel4j.redis.RedisValues}, one node's connection, and {@link org.panel4j.redis.ClusterValue}, a
 * {@code SharedValue} that Redis keeps in step on all nodes. Core and server do not depend on this module.
 */
@NullMarked
package org.panel4j.redis;

import org.jspecify.annotations.NullMarked;
