/**
 * Test your app without a browser: {@link org.panel4j.testing.TestSession} opens a session of your
 * app, finds components by type and label, acts as a browser would (click, set a property,
 * disconnect), waits until the browser's copy of a property matches or the session is quiet, and shows
 * what a browser would have received. {@link org.panel4j.testing.ManualScheduler} lets tests advance time.
 */
@NullMarked
package org.panel4j.testing;

import org.jspecify.annotations.NullMarked;
