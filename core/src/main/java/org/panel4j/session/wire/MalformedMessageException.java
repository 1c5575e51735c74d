package org.panel4j.session.wire;

import org.jspecify.annotations.Nullable;
import org.panel4j.session.PanelException;

/**
 * A client message {@link ClientMessages} (or the host's parser before it) refused; {@link #code()} is
 * {@code malformed} or {@code unknown_type}, the {@code error} frame's code (docs/protocol.md).
 */
public final class MalformedMessageException extends PanelException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final @Nullable Long ref;

    /** Creates one with the wire error code, a message and the client seq if it could be read. */
    public MalformedMessageException(String code, String message, @Nullable Long ref) {
        super(message);
        this.code = code;
        this.ref = ref;
    }

    /** The wire error code. */
    public String code() {
        return code;
    }

    /** The client seq of the refused message, or null if it could not be read. */
    public @Nullable Long ref() {
        return ref;
    }
}
