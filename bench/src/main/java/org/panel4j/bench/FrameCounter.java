package org.panel4j.bench;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Reads a server's WebSocket frames from whatever bytes arrive, without decoding them: counts the text
 * frames and their payload bytes, hands each ping's pong frame to the caller, and notes a close. One per
 * connection of {@link Watchers}; not thread-safe (its selector thread alone feeds it).
 */
final class FrameCounter {

    private final byte[] head = new byte[10]; // a server frame's header: no mask, at most 2 + 8 bytes
    private int headLength;
    private boolean inPayload;
    private int opcode;
    private long remaining;
    private byte[] ping = new byte[0];
    private int pingLength;
    /** Text frames whose header was read (each message is one frame here). */
    long textFrames;
    /** Payload bytes read. */
    long payloadBytes;
    /** Whether the server sent a close frame. */
    boolean closed;

    /** Consumes every byte of {@code bytes}; a complete ping's pong frame goes to {@code pong}. */
    void feed(ByteBuffer bytes, Consumer<byte[]> pong) {
        while (bytes.hasRemaining()) {
            if (!inPayload) {
                head[headLength++] = bytes.get();
                if (headLength < headerLength()) {
                    continue;
                }
                startPayload();
                if (remaining == 0) {
                    endFrame(pong);
                }
                continue;
            }
            int n = (int) Math.min(remaining, bytes.remaining());
            if (opcode == 0x9) {
                bytes.get(ping, pingLength, n);
                pingLength += n;
            } else {
                bytes.position(bytes.position() + n);
            }
            payloadBytes += n;
            remaining -= n;
            if (remaining == 0) {
                endFrame(pong);
            }
        }
    }

    private int headerLength() {
        if (headLength < 2) {
            return 2;
        }
        int length7 = head[1] & 0x7f;
        return length7 == 126 ? 4 : length7 == 127 ? 10 : 2;
    }

    private void startPayload() {
        opcode = head[0] & 0x0f;
        int length7 = head[1] & 0x7f;
        if (length7 == 126) {
            remaining = ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        } else if (length7 == 127) {
            remaining = ByteBuffer.wrap(head, 2, 8).getLong();
        } else {
            remaining = length7;
        }
        if (opcode == 0x1) {
            textFrames++;
        } else if (opcode == 0x9) {
            ping = new byte[(int) remaining]; // a control frame's payload is at most 125 bytes
            pingLength = 0;
        }
        headLength = 0;
        inPayload = true;
    }

    private void endFrame(Consumer<byte[]> pong) {
        inPayload = false;
        if (opcode == 0x9) {
            byte[] frame = new byte[6 + pingLength]; // FIN + pong, masked with a zero key
            frame[0] = (byte) 0x8A;
            frame[1] = (byte) (0x80 | pingLength);
            System.arraycopy(ping, 0, frame, 6, pingLength);
            pong.accept(frame);
        } else if (opcode == 0x8) {
            closed = true;
        }
    }
}
