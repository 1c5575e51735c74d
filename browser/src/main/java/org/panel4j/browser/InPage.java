package org.panel4j.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.AppSession;
import org.panel4j.session.Batch;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientSink;
import org.panel4j.session.ClientText;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.wire.ClientMessage;
import org.panel4j.session.wire.ClientMessages;
import org.panel4j.session.wire.JsonText;
import org.panel4j.session.wire.MalformedMessageException;
import org.panel4j.session.wire.ServerMessages;
import org.teavm.jso.JSBody;

/**
 * Runs one app in the page, with no server: one session, shown by the unchanged browser client through
 * the in-page socket. Call {@link #run} from the compiled {@code main}; it returns at once and the
 * session lives on green threads. Like the server's socket endpoint, it sends {@code init} when the
 * client opens (or resyncs), then each batch as a {@code patch}, and applies the client's {@code set}
 * and {@code event} messages, answering bad input with {@code error}; messages are written and checked by
 * the server's codec ({@code org.panel4j.session.wire}). There is no token nor CSRF
 * secret to check: the client is the page's own (docs/browser.md).
 */
public final class InPage {

    private final SessionCore core;
    private Sink sink;
    private long lastSeq;

    private InPage(SessionCore core) {
        this.core = core;
    }

    /** Builds {@code app}'s session and serves it to the page's client. */
    public static void run(App app) {
        InPageSocket.listen();
        new Thread(() -> {
            AppSession opened = AppSession.open(app, SessionHost.create());
            new InPage(SessionCore.of(opened.session())).receiveForever();
        }, "panel4j-in-page").start();
    }

    /**
     * The page's URL ({@code location.href}), e.g. to fetch from the host that served the page or to
     * read its query. In the page only.
     */
    @JSBody(script = "return window.location.href;")
    public static native String pageUrl();

    private void receiveForever() {
        while (true) {
            String frame = InPageSocket.receive();
            try {
                if (frame.equals(InPageSocket.OPENED)) {
                    lastSeq = 0;
                    resync();
                } else {
                    apply(frame);
                }
            } catch (RuntimeException e) {
                core.report(e, "in-page message", null, null);
            }
        }
    }

    /**
     * Applies one client message, checked as the server checks it ({@link ClientMessages}): a bad one is
     * answered with the {@code error} frame the server would send.
     */
    private void apply(String frame) {
        ClientMessage message;
        try {
            message = ClientMessages.read(parse(frame));
        } catch (MalformedMessageException e) {
            if (e.ref() != null && e.ref() > lastSeq) {
                lastSeq = e.ref();
            }
            InPageSocket.send(error(e.code(), e.getMessage(), e.ref()));
            return;
        }
        long seq = message.seq();
        if (seq <= lastSeq) {
            return;
        }
        lastSeq = seq;
        try {
            switch (message) {
                case ClientMessage.Set set -> core.applyClientValue(set.id(), set.prop(), set.value(), seq);
                case ClientMessage.Event event -> core.applyClientEvent(event.id(), event.event(), event.payload());
                case ClientMessage.Resync resync -> resync();
                case ClientMessage.Ping ping -> { }
                case ClientMessage.Moving moving -> { } // no other node to move to in the page
            }
        } catch (ClientInputException e) {
            InPageSocket.send(error(e.code().wireName(), ClientText.bounded(e.getMessage(), 300), seq));
        }
    }

    private static Object parse(String frame) {
        try {
            return JsonReader.read(frame);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("malformed",
                    "not valid JSON within limits: " + ClientText.bounded(e.getMessage(), 120), null);
        }
    }

    private static String error(String code, String message, @Nullable Long ref) {
        var json = new JsonText();
        ServerMessages.error(json, code, message, ref);
        return json.toString();
    }

    /** A new epoch, as the server's resync: the next batches wait until {@code init} is sent. */
    private void resync() {
        Sink previous = sink;
        if (previous != null) {
            core.disconnect(previous);
        }
        var next = new Sink();
        sink = next;
        var init = new JsonText();
        ServerMessages.init(init, core.connect(next), null, core.locationSync());
        next.open(init.toString());
    }

    /** Sends batches as {@code patch} frames, holding back those made before {@code init} went out. */
    private static final class Sink implements ClientSink {

        private List<String> early = new ArrayList<>();

        @Override
        public synchronized CompletionStage<?> send(Batch batch) {
            var json = new JsonText();
            ServerMessages.patch(json, batch);
            String frame = json.toString();
            if (early != null) {
                early.add(frame);
            } else {
                InPageSocket.send(frame);
            }
            return ClientSink.written();
        }

        synchronized void open(String init) {
            InPageSocket.send(init);
            early.forEach(InPageSocket::send);
            early = null;
        }
    }
}
