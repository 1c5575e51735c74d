/**
 * panel4j and SLF4J classes swapped for the page: TeaVM reads
 * {@code org.panel4j.browser.swap.org.panel4j.session.SystemScheduler} as
 * {@code org.panel4j.session.SystemScheduler} (see {@link org.panel4j.browser.teavm.BrowserSubstitutions}).
 * Each has the public members of the class it replaces.
 */
package org.panel4j.browser.swap;
