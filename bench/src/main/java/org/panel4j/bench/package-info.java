/** JMH micro-benchmarks of panel4j's hot paths and the end-to-end load driver. */
@NullMarked
package org.panel4j.bench;

import org.jspecify.annotations.NullMarked;
