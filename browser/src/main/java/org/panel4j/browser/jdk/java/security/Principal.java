package org.panel4j.browser.jdk.java.security;

/** {@code java.security.Principal} for the page (no one signs in there: a session's principal is empty). */
public interface Principal {

    /** The name of the user. */
    String getName();
}
