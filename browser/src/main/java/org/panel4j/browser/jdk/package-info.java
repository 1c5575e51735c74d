/**
 * JDK classes TeaVM 0.16.0's class library lacks and core or user code uses (the subset of
 * {@code java.net.http} that fetches, over the browser's {@code fetch}), supplied for the page: TeaVM reads
 * {@code org.panel4j.browser.jdk.java.util.HexFormat} as {@code java.util.HexFormat}
 * (see {@link org.panel4j.browser.teavm.BrowserSubstitutions}). Each holds only what is called, on green
 * threads: one JavaScript thread, switching only where a thread waits, so a monitor suffices.
 * Types these classes name that TeaVM lacks too are named by their supplied class here.
 */
package org.panel4j.browser.jdk;
