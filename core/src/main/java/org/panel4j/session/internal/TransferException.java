package org.panel4j.session.internal;

import org.panel4j.session.PanelException;

/** A refused transfer request: the HTTP status to answer and a sentence for the page. Not API. */
public final class TransferException extends PanelException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** A refusal with {@code status} (e.g. 409, 413) and {@code message} (no client text unbounded). */
    public TransferException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer. */
    public int status() {
        return status;
    }
}
