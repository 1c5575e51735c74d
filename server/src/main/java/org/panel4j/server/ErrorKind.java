package org.panel4j.server;

import java.util.Locale;

/**
 * The kinds of error a server counts ({@link ServerMetrics#errors}): a fixed set, so a metrics tag made
 * from it stays bounded whatever clients send. Each client-input kind is the {@code error.code} the
 * client got (docs/protocol.md).
 */
public enum ErrorKind {
    /** A callback of the app threw (the error handler got it; the page shows a reference). */
    CALLBACK,
    /** A message named no component of the session. */
    UNKNOWN_COMPONENT,
    /** A message named a property or event the component does not have. */
    UNKNOWN_PROPERTY,
    /** A message set a property the client may not write. */
    NOT_WRITABLE,
    /** A value of the wrong type, out of bounds or not one of the options. */
    INVALID_VALUE,
    /** Input to a disabled or invisible component. */
    NOT_ALLOWED,
    /** Input to a session that had ended. */
    SESSION_ENDED,
    /** A message that was not valid JSON of a known type (a binary frame included). */
    MALFORMED,
    /** A message over the session's rate limit, not applied. */
    RATE_LIMITED,
    /** A message with a wrong CSRF token: the socket was closed (1008). */
    BAD_CSRF,
    /** A write to a socket still pending after the write timeout: the socket was dropped. */
    WRITE_TIMEOUT;

    /** The tag value, e.g. {@code "invalid_value"}. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
