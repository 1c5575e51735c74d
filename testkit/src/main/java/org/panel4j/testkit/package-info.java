/**
 * Test helpers shared by the tests of every panel4j module: polling waits, a cuttable TCP proxy and
 * heap measurement. A test-scope dependency only; depends on nothing of panel4j
 * (docs/decisions/0016-shared-test-helpers.md).
 */
package org.panel4j.testkit;
