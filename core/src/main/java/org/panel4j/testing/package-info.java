/**
 * Test your app without a browser: {@link org.panel4j.testing.TestSession} opens a session of your
 * app, acts as a browser would (click, set a value, disconnect), waits for quiet, and shows what a
 * browser would have received. {@link org.panel4j.testing.ManualScheduler} lets tests advance time.
 */
@NullMarked
package org.panel4j.testing;

import org.jspecify.annotations.NullMarked;
