/** The component gallery at {@code /gallery}: one section class per tab, each entry the code and what it makes. */
@NullMarked
package org.panel4j.examples.gallery;

import org.jspecify.annotations.NullMarked;
