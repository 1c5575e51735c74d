package org.panel4j.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One driver-side page: fetches the page, opens its WebSocket (the JDK client), remembers the
 * first button's id from {@code init}, and hands every later message to a handler. Reading can be
 * paused (a slow client): the socket then stops asking for messages and TCP pushes back.
 */
final class LoadClient implements WebSocket.Listener {

    static final Pattern BOOT = Pattern.compile("\"token\":\"([^\"]+)\",\"csrf\":\"([^\"]+)\",\"ws\":\"([^\"]+)\"");
    private static final Pattern BUTTON = Pattern.compile("\"id\":\"([^\"]+)\",\"type\":\"Button\"");

    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<String> init = new CompletableFuture<>();
    private volatile Consumer<String> handler = text -> {};
    private volatile boolean paused;
    private boolean owed;
    private @Nullable WebSocket socket;
    private String csrf = "";
    private @Nullable String buttonId;
    private long seq;
    /** When the outstanding click was sent (nanoTime), 0 if none; written by the driver, cleared on the answer. */
    volatile long clickSentAt;
    /** The bytes of every message received after {@code init} (UTF-8 of text frames, binary frames as sent). */
    final AtomicLong bytesReceived = new AtomicLong();
    private String initMessage = "";
    private volatile boolean failed;

    /** Opens {@code path} on 127.0.0.1:{@code port}: GET the page, then connect its socket and await init. */
    static LoadClient open(HttpClient http, int port, String path) throws Exception {
        String page = ServerProcess.get(port, path);
        Matcher m = BOOT.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no boot JSON at " + path);
        }
        var client = new LoadClient();
        client.csrf = m.group(2);
        client.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + m.group(3) + "?token=" + m.group(1)), client)
                .get(60, TimeUnit.SECONDS);
        String first = client.init.get(60, TimeUnit.SECONDS);
        client.initMessage = first;
        Matcher b = BUTTON.matcher(first);
        client.buttonId = b.find() ? b.group(1) : null;
        return client;
    }

    /** Sends every later message to {@code next}. */
    void onMessage(Consumer<String> next) {
        handler = next;
    }

    /** Clicks the first button; one send at a time per client. */
    CompletableFuture<WebSocket> click() {
        String text = "{\"type\":\"event\",\"seq\":" + ++seq + ",\"csrf\":\"" + csrf + "\",\"id\":\"" + buttonId
                + "\",\"event\":\"click\",\"payload\":{}}";
        return socket().sendText(text, true);
    }

    /** The {@code init} message this page received. */
    String initMessage() {
        return initMessage;
    }

    /** Sends {@code event} with {@code payloadJson} to component {@code id}, as the page does. */
    CompletableFuture<WebSocket> event(String id, String event, String payloadJson) {
        String text = "{\"type\":\"event\",\"seq\":" + ++seq + ",\"csrf\":\"" + csrf + "\",\"id\":\"" + id
                + "\",\"event\":\"" + event + "\",\"payload\":" + payloadJson + "}";
        return socket().sendText(text, true);
    }

    /** Stops reading: no more messages are requested, so the server's writes back up. */
    void pause() {
        paused = true;
    }

    /** Reads again. */
    void resume() {
        paused = false;
        boolean request;
        synchronized (partial) {
            request = owed;
            owed = false;
        }
        if (request) {
            socket().request(1);
        }
    }

    void close() {
        WebSocket s = socket;
        if (s != null) {
            s.abort();
        }
    }

    private WebSocket socket() {
        WebSocket s = socket;
        if (s == null) {
            throw new IllegalStateException("not connected");
        }
        return s;
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (init.isDone()) {
            bytesReceived.addAndGet(utf8Length(data));
        }
        String message = null;
        synchronized (partial) {
            partial.append(data);
            if (last) {
                message = partial.toString();
                partial.setLength(0);
            }
        }
        if (message != null) {
            if (!init.isDone()) {
                init.complete(message);
            } else {
                handler.accept(message);
            }
        }
        synchronized (partial) {
            if (paused) {
                owed = true;
                return null;
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        bytesReceived.addAndGet(data.remaining());
        webSocket.request(1);
        return null;
    }

    private static long utf8Length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** Whether the socket failed (a protocol error, a reset) after it opened. */
    boolean failed() {
        return failed;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failed = true;
        init.completeExceptionally(error);
    }
}
