/**
 * The {@code convert} command: compiles panel4j apps with TeaVM and writes a static site that runs them
 * in the page, with no server (docs/browser.md). Tooling only: none of it is compiled into a page.
 */
package org.panel4j.convert;
