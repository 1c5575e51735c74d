package org.panel4j.server.internal;

import java.util.concurrent.atomic.LongAdder;
import org.panel4j.server.ErrorKind;

/**
 * The server's counters for metrics: adders, so counting on the message path takes no lock and shares no
 * contended cache line; {@link EngineMetrics} sums them when a scrape asks.
 */
final class Counters {

    final LongAdder pagesOpened = new LongAdder();
    final LongAdder pagesClosed = new LongAdder();
    final LongAdder messagesIn = new LongAdder();
    final LongAdder messagesOut = new LongAdder();
    private final LongAdder[] errors = new LongAdder[ErrorKind.values().length];

    Counters() {
        for (int i = 0; i < errors.length; i++) {
            errors[i] = new LongAdder();
        }
    }

    void error(ErrorKind kind) {
        errors[kind.ordinal()].increment();
    }

    /** Counts an {@code error} answer of wire {@code code}; a code not listed counts as malformed. */
    void error(String code) {
        error(switch (code) {
            case "unknown_component" -> ErrorKind.UNKNOWN_COMPONENT;
            case "unknown_property" -> ErrorKind.UNKNOWN_PROPERTY;
            case "not_writable" -> ErrorKind.NOT_WRITABLE;
            case "invalid_value" -> ErrorKind.INVALID_VALUE;
            case "not_allowed" -> ErrorKind.NOT_ALLOWED;
            case "session_ended" -> ErrorKind.SESSION_ENDED;
            case "rate_limited" -> ErrorKind.RATE_LIMITED;
            default -> ErrorKind.MALFORMED;
        });
    }

    long errors(ErrorKind kind) {
        return errors[kind.ordinal()].sum();
    }
}
