package org.panel4j.session.wire;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page → server message of protocol v1, checked by {@link ClientMessages} (docs/protocol.md); the set
 * is closed.
 */
public sealed interface ClientMessage {

    /** The client's sequence number of this message, from 1 per connection. */
    long seq();

    /** The page's CSRF secret as the client sent it. */
    String csrf();

    /** A widget's new value. @param value a JSON value: null, Boolean, Long, Double, String, List or Map */
    record Set(long seq, String csrf, String id, String prop, @Nullable Object value) implements ClientMessage {}

    /** A component event such as {@code click}. */
    record Event(long seq, String csrf, String id, String event, Map<String, Object> payload) implements ClientMessage {}

    /** A request for a fresh {@code init}. */
    record Resync(long seq, String csrf) implements ClientMessage {}

    /**
     * The page's answer to {@code move}: everything it sent before has arrived, and it sends nothing
     * more on this socket; the server closes it with 4001 (docs/deploy.md, "Draining a node").
     */
    record Moving(long seq, String csrf) implements ClientMessage {}

    /** A keep-alive; nothing is answered. */
    record Ping(long seq, String csrf) implements ClientMessage {}
}
