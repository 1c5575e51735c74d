package org.panel4j.session.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.panel4j.session.Session;

/**
 * The hook through which {@link SessionCore#of} reads a session's core without a public getter on
 * {@link Session} (the JDK's "shared secrets" pattern): {@code Session}'s class initializer installs the
 * reader, once, before any session exists; nothing else may call {@link #install}.
 */
public final class SessionCoreAccess {

    private static final AtomicReference<Function<Session, SessionCore>> READER = new AtomicReference<>();

    private SessionCoreAccess() {}

    /**
     * Installs the reader; called by {@code Session}'s class initializer only.
     *
     * @throws IllegalStateException if a reader is installed already
     */
    public static void install(Function<Session, SessionCore> reader) {
        if (!READER.compareAndSet(null, Objects.requireNonNull(reader, "reader"))) {
            throw new IllegalStateException("The session core reader is installed already");
        }
    }

    static SessionCore read(Session session) {
        // a Session instance exists, so its class initializer has run and installed the reader
        return READER.get().apply(Objects.requireNonNull(session, "session"));
    }
}
