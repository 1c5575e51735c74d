package org.panel4j.session;

import java.util.Map;

/**
 * What a client may address by id: a component attached to a session. Implementations validate
 * everything (known property, writable, type, bounds) and throw {@link ClientInputException}
 * without changing anything when the input is bad.
 */
public interface ClientTarget {

    /** The stable id the client uses. */
    String id();

    /** Whether {@code prop} names a property of this target, client-writable or not. */
    boolean hasProperty(String prop);

    /** Applies a value the client set for a client-writable property; runs holding the session lock. */
    void applyClientValue(Session session, String prop, Object value);

    /** Handles a client event such as a click; runs holding the session lock. */
    void applyClientEvent(Session session, String event, Map<String, Object> payload);
}
