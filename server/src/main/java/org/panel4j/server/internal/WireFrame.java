package org.panel4j.server.internal;

import java.nio.ByteBuffer;

/**
 * One encoded server → browser message: a text frame of JSON, or a binary frame carrying the JSON
 * and the large numeric arrays it references (layout in {@code docs/protocol.md}, "Binary frames").
 */
public sealed interface WireFrame {

    /** The message's JSON: all of a text frame, the header of a binary one (arrays as references). */
    String json();

    /**
     * A text frame.
     *
     * @param json the message
     */
    record Text(String json) implements WireFrame {}

    /**
     * A binary frame.
     *
     * @param json  the header JSON, as written into the frame
     * @param bytes the whole frame, little-endian, positioned at 0 (share it read-only)
     */
    record Binary(String json, ByteBuffer bytes) implements WireFrame {}
}
