package org.panel4j.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.ErrorKind;
import org.panel4j.server.Limits;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientSink;
import org.panel4j.session.ClientText;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.wire.ClientMessage;
import org.panel4j.session.wire.MalformedMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser socket showing one session: sends {@code init} on open and on resync, decodes and
 * applies client messages (checking CSRF and sequence), answers bad input with {@code error}, and
 * on close leaves the session to its grace period. One fresh endpoint per connection.
 */
public final class SocketEndpoint implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(SocketEndpoint.class);

    /** The close code after a page moved away from a draining node: it opens a fresh page elsewhere. */
    static final int MOVED = 4001;
    /** How long a moving page's socket waits for the session's last changes to be sent. */
    private static final Duration MOVE_FLUSH = Duration.ofSeconds(1);

    private final LiveSession live;
    private final SessionRegistry registry;
    private final ProtocolEncoder encoder;
    private final ProtocolDecoder decoder;
    private final Duration writeTimeout;
    private final Limits limits;
    private volatile @Nullable Session socket;
    private volatile @Nullable SocketWriter writer;
    private volatile @Nullable ClientSink sink;
    private long lastSeq;

    SocketEndpoint(LiveSession live, SessionRegistry registry, ProtocolEncoder encoder, ProtocolDecoder decoder,
                   Duration writeTimeout, Limits limits) {
        this.limits = limits;
        this.live = live;
        this.registry = registry;
        this.encoder = encoder;
        this.decoder = decoder;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        socket = session;
        writer = new SocketWriter(session, writeTimeout, live.session.host().scheduler(), encoder, registry.counters());
        SocketEndpoint replaced = registry.attach(live, this);
        if (replaced != null) {
            replaced.close(1000, "replaced by a newer connection");
        }
        resync();
    }

    @Override
    public void onWebSocketText(String text) {
        live.lastInputNanos = System.nanoTime();
        registry.counters().messagesIn.increment();
        ClientMessage message;
        try {
            message = decoder.decode(text);
        } catch (MalformedMessageException e) {
            if (e.ref() != null && e.ref() > lastSeq) {
                lastSeq = e.ref();
            }
            refuseMalformed(e.code(), e.getMessage(), e.ref());
            return;
        }
        if (!MessageDigest.isEqual(message.csrf().getBytes(StandardCharsets.UTF_8),
                live.csrf.getBytes(StandardCharsets.UTF_8))) {
            live.guard.wrongCsrf();
            registry.counters().error(ErrorKind.BAD_CSRF);
            refuseForGood("bad csrf");
            return;
        }
        if (message.seq() <= lastSeq) {
            return; // a duplicate or older message
        }
        if (!live.guard.admit()) {
            lastSeq = message.seq();
            refuseOverRate(message.seq());
            return;
        }
        boolean gap = message.seq() > lastSeq + 1;
        lastSeq = message.seq();
        if (gap || message instanceof ClientMessage.Resync) {
            resync();
            return;
        }
        try {
            switch (message) {
                case ClientMessage.Set set -> SessionCore.of(live.session).applyClientValue(set.id(), set.prop(), set.value(), set.seq());
                case ClientMessage.Event event -> SessionCore.of(live.session).applyClientEvent(event.id(), event.event(), event.payload());
                case ClientMessage.Resync resync -> resync();
                case ClientMessage.Ping ping -> { }
                case ClientMessage.Moving moving -> closeOnceSent();
            }
        } catch (ClientInputException e) {
            reject(e.code().wireName(), e.getMessage(), message.seq());
        }
    }

    /** A client must send JSON text frames; a binary one is refused as malformed (see docs/protocol.md). */
    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        registry.counters().messagesIn.increment();
        refuseMalformed("malformed", "binary frames are not accepted: send each message as a JSON text frame", null);
    }

    /** Refuses a message that could not be decoded: counted against the rate and the malformed bound. */
    private void refuseMalformed(String code, @Nullable String message, @Nullable Long ref) {
        if (live.guard.tooManyMalformed()) {
            registry.counters().error(ErrorKind.MALFORMED);
            refuseForGood("too many malformed messages");
        } else if (!live.guard.admit()) {
            refuseOverRate(ref);
        } else {
            reject(code, message, ref);
        }
    }

    /** Closes with 1008 and revokes the session's reconnect token: a conforming client never reconnects after 1008. */
    private void refuseForGood(String reason) {
        registry.revokeReconnect(live, this);
        close(1008, reason);
    }

    private void refuseOverRate(@Nullable Long seq) {
        registry.counters().error(ErrorKind.RATE_LIMITED);
        send(encoder.error("rate_limited", "more than " + limits.maxMessagesPerSecond()
                + " messages per second; this one was not applied", seq));
    }

    private void reject(String code, @Nullable String message, @Nullable Long ref) {
        live.guard.refused(code, message, ref);
        registry.counters().error(code);
        send(encoder.error(code, ClientText.bounded(message, 300), ref));
    }

    private void send(String text) {
        SocketWriter w = writer;
        if (w == null) {
            return;
        }
        try {
            w.send(text);
        } catch (Exception e) {
            LOG.debug("Session {}: could not send an error: {}", live.session.shortId(), e.toString());
        }
    }

    private void resync() {
        SocketWriter w = writer;
        if (w == null) {
            return;
        }
        try {
            sink = w.resync(SessionCore.of(live.session)::connect, registry.reconnectToken(live, this),
                    SessionCore.of(live.session).locationSync());
        } catch (IllegalStateException e) {
            close(1011, "session ended");
        } catch (Exception e) {
            LOG.info("Session {}: sending init failed: {}", live.session.shortId(), e.toString());
            close(1011, "init failed");
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        ClientSink s = sink;
        if (s != null) {
            SessionCore.of(live.session).disconnect(s);
        }
        registry.detach(live, this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("Session {}: socket error: {}", live.session.shortId(), cause.toString());
    }

    /**
     * After the page's {@code moving}: closes with 4001 once the session's changes, those its last input
     * made included, are handed to the socket (the flush runs on its own thread); at most a second later.
     */
    private void closeOnceSent() {
        Thread.ofVirtual().name("panel4j-move").start(() -> {
            SessionCore core = SessionCore.of(live.session);
            long deadline = System.nanoTime() + MOVE_FLUSH.toNanos();
            try {
                while (!core.isQuiet() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close(MOVED, "moved to another node");
        });
    }

    /** Tells the page to move to another node (the server drains); it answers {@code moving}. */
    void tellToMove() {
        send("{\"type\":\"move\"}");
    }

    /** Pings the socket if it is open (see {@link Pinger}). */
    void ping() {
        Session s = socket;
        if (s != null && s.isOpen()) {
            s.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
        }
    }

    /** Closes the socket with {@code code}; the close callback then detaches it. */
    void close(int code, String reason) {
        Session s = socket;
        if (s != null && s.isOpen()) {
            s.close(code, reason, Callback.NOOP);
        }
    }
}
