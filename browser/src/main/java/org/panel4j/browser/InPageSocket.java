package org.panel4j.browser;

import java.util.ArrayDeque;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The Java end of the in-page socket: the page's {@code inpage.js} stands in for the client's WebSocket
 * and hands each text frame here; {@link #send} hands frames the other way. JavaScript calls in on its
 * own turn, where Java code must not block, so a frame is only queued there and {@link #receive} hands it
 * to the one receiving thread (a green thread that suspends while nothing comes).
 */
final class InPageSocket {

    /** What JavaScript calls with each frame the client sends ({@code null}: the client opened the socket). */
    @JSFunctor
    interface Inbound extends JSObject {
        void accept(String frame);
    }

    /** The frame that says the client opened the socket. */
    static final String OPENED = "";

    private static final ArrayDeque<String> INBOX = new ArrayDeque<>();
    private static AsyncCallback<String> waiting;

    private InPageSocket() {}

    /** Starts taking frames from the page. */
    static void listen() {
        install(frame -> {
            String text = frame == null ? OPENED : frame;
            AsyncCallback<String> receiver = waiting;
            if (receiver != null) {
                waiting = null;
                receiver.complete(text);
            } else {
                INBOX.add(text);
            }
        });
    }

    /** The next frame from the client ({@link #OPENED} when it opened the socket), waiting for one. */
    @Async
    static native String receive();

    private static void receive(AsyncCallback<String> callback) {
        String next = INBOX.poll();
        if (next != null) {
            callback.complete(next);
        } else {
            waiting = callback;
        }
    }

    /** Hands {@code frame} to the client (it arrives on a later turn, in order, as from a socket). */
    @JSBody(params = "frame", script = "window.panel4jInPage.deliver(frame);")
    static native void send(String frame);

    @JSBody(params = "inbound", script = "window.panel4jInPage.listen(inbound);")
    private static native void install(Inbound inbound);
}
