/**
 * End-to-end tests of the examples in a real headless Chromium (Selenium), against a real server:
 * what a person sees, and when. Skipped when Chromium is not installed.
 */
@NullMarked
package org.panel4j.examples.browser;

import org.jspecify.annotations.NullMarked;
