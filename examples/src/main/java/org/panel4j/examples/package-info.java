/**
 * The seed guide ("Use Asynchronous Callbacks") ported to Java, one app per class, and the
 * {@code Examples} command that serves them all.
 */
@NullMarked
package org.panel4j.examples;

import org.jspecify.annotations.NullMarked;
