package org.panel4j.server.internal;

import org.jspecify.annotations.Nullable;
import org.panel4j.session.PanelException;

/** A client message the codec refused; {@link #code()} is {@code malformed} or {@code unknown_type}. */
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
