package org.panel4j.bench;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.jspecify.annotations.Nullable;

/**
 * One driver-side page: fetches the page, opens its WebSocket (Jetty's client), remembers the first
 * button's id from {@code init}, and hands every later message to a handler. Reading can be paused
 * (a slow client): the socket then stops demanding messages and TCP pushes back.
 */
public final class LoadClient implements Session.Listener { // public: Jetty binds its callbacks by method handles

    private static final Pattern BOOT = Pattern.compile("\"token\":\"([^\"]+)\",\"csrf\":\"([^\"]+)\",\"ws\":\"([^\"]+)\"");
    private static final Pattern BUTTON = Pattern.compile("\"id\":\"([^\"]+)\",\"type\":\"Button\"");
    private static final int MAX_MESSAGE = 1 << 20;

    private final CompletableFuture<String> init = new CompletableFuture<>();
    private final Object demandLock = new Object();
    private volatile Consumer<String> handler = text -> {};
    private boolean paused;
    private boolean owed;
    private volatile @Nullable Session socket;
    private String csrf = "";
    private @Nullable String buttonId;
    private long seq;
    /** When the outstanding click was sent (nanoTime), 0 if none; written by the driver, cleared on the answer. */
    volatile long clickSentAt;

    /** Opens {@code path} on 127.0.0.1:{@code port}: GET the page, then connect its socket and await init. */
    static LoadClient open(WebSocketClient ws, int port, String path) throws Exception {
        String page = ServerProcess.get(port, path);
        Matcher m = BOOT.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no boot JSON at " + path);
        }
        var client = new LoadClient();
        client.csrf = m.group(2);
        ws.connect(client, URI.create("ws://127.0.0.1:" + port + m.group(3) + "?token=" + m.group(1)))
                .get(60, TimeUnit.SECONDS);
        String first = client.init.get(60, TimeUnit.SECONDS);
        Matcher b = BUTTON.matcher(first);
        client.buttonId = b.find() ? b.group(1) : null;
        return client;
    }

    /** Sends every later message to {@code next}. */
    void onMessage(Consumer<String> next) {
        handler = next;
    }

    /** Clicks the first button; returns when the frame is written. */
    CompletableFuture<Void> click() {
        String text = "{\"type\":\"event\",\"seq\":" + ++seq + ",\"csrf\":\"" + csrf + "\",\"id\":\"" + buttonId
                + "\",\"event\":\"click\",\"payload\":{}}";
        var written = new Callback.Completable();
        socket().sendText(text, written);
        return written;
    }

    /** Stops reading: no more messages are demanded, so the server's writes back up. */
    void pause() {
        synchronized (demandLock) {
            paused = true;
        }
    }

    /** Reads again. */
    void resume() {
        boolean demand;
        synchronized (demandLock) {
            paused = false;
            demand = owed;
            owed = false;
        }
        if (demand) {
            socket().demand();
        }
    }

    void close() {
        Session s = socket;
        if (s != null) {
            s.disconnect();
        }
    }

    private Session socket() {
        Session s = socket;
        if (s == null) {
            throw new IllegalStateException("not connected");
        }
        return s;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        socket = session;
        session.setMaxTextMessageSize(MAX_MESSAGE);
        session.demand();
    }

    @Override
    public void onWebSocketText(String message) {
        if (!init.isDone()) {
            init.complete(message);
        } else {
            handler.accept(message);
        }
        synchronized (demandLock) {
            if (paused) {
                owed = true;
                return;
            }
        }
        Session s = socket;
        if (s != null) {
            s.demand();
        }
    }

    @Override
    public void onWebSocketError(Throwable error) {
        init.completeExceptionally(error);
    }
}
