package org.panel4j.examples.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of {@link ClusterNode}'s app opened through nginx at the WebSocket level: what the browser
 * client does, in small (docs/protocol.md): GET the page, open its socket with the page token (and the
 * URL state), follow the node's values, click; {@link #reopen} is the client's fresh page after its node
 * was lost. Records when each banner value arrived.
 */
public final class ClusterPage implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOOT = Pattern.compile("<script type=\"application/json\" id=\"p4j-boot\">(.*?)</script>");

    private final int port;
    private final String origin;
    /** The banner values seen, with the System.nanoTime() each arrived. */
    public final Map<String, Long> banners = new ConcurrentHashMap<>();
    public volatile String node;          // from the socket URL: the node nginx was told to route to
    volatile String shownNode;     // what the app says serves it
    public volatile int count;
    public volatile CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile CompletableFuture<Void> synced = new CompletableFuture<>();
    private volatile WebSocket socket;
    private volatile String csrf;
    private volatile String buttonId;
    private volatile String bannerId;
    private volatile String countId;
    private final StringBuilder partial = new StringBuilder();
    private volatile long seq;

    public ClusterPage(int port) {
        this.port = port;
        this.origin = "http://127.0.0.1:" + port;
    }

    /** Opens a fresh page through nginx (with {@code ?count=} URL state) and waits for its init. */
    public ClusterPage open(Duration timeout) throws Exception {
        HttpResponse<String> page = Cluster.get(port, count > 0 ? "/?count=" + count : "/");
        Matcher m = BOOT.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("the page answered " + page.statusCode());
        }
        JsonNode boot = JSON.readTree(m.group(1));
        String ws = boot.get("ws").asText();
        node = ws.substring(ws.indexOf("node=") + 5);
        csrf = boot.get("csrf").asText();
        seq = 0;
        synced = new CompletableFuture<>();
        closed = new CompletableFuture<>();
        String url = "ws://127.0.0.1:" + port + ws + "&token=" + boot.get("token").asText()
                + (count > 0 ? "&location=count%3D" + count : "");
        socket = Cluster.HTTP.newWebSocketBuilder().header("Origin", origin).connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), this).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        synced.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** What the client does once its node is gone: fresh pages through nginx until one opens (URL state kept). */
    public void reopen(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                open(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** Clicks Count; the count (URL state) goes up when the node answers. */
    public void click() {
        send("{\"type\":\"event\",\"seq\":" + (++seq) + ",\"csrf\":\"" + csrf + "\",\"id\":\"" + buttonId
                + "\",\"event\":\"click\",\"payload\":{}}");
    }

    private void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                receive(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                closed.completeExceptionally(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private void receive(JsonNode message) {
        long now = System.nanoTime();
        switch (message.path("type").asText()) {
            case "init" -> {
                index(message.get("root"), now);
                synced.complete(null);
            }
            case "patch" -> message.get("ops").forEach(op -> {
                if ("set".equals(op.path("op").asText())) {
                    value(op.get("id").asText(), op.get("value"), now);
                }
            });
            // the node drains: everything sent so far is in; it closes with 4001 and the page opens a fresh one
            case "move" -> send("{\"type\":\"moving\",\"seq\":" + (++seq) + ",\"csrf\":\"" + csrf + "\"}");
            default -> { }
        }
    }

    private void index(JsonNode node, long now) {
        if (node == null || !node.isObject() || !node.has("props")) {
            return;
        }
        String id = node.get("id").asText();
        String name = node.get("props").path("name").asText("");
        switch (node.get("type").asText() + ":" + name) {
            case "Button:Count" -> buttonId = id;
            case "StaticText:node" -> shownNode = node.get("props").path("value").asText();
            case "StaticText:banner" -> bannerId = id;
            case "IntSlider:count" -> countId = id;
            default -> { }
        }
        if (node.get("props").has("value")) {
            value(id, node.get("props").get("value"), now);
        }
        node.get("props").forEach(child -> {
            if (child.isArray()) {
                child.forEach(c -> index(c, now));
            } else {
                index(child, now);
            }
        });
    }

    private void value(String id, JsonNode value, long now) {
        if (id.equals(bannerId)) {
            banners.putIfAbsent(value.asText(), now);
        } else if (id.equals(countId)) {
            count = value.asInt();
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /** Drops the socket without a close handshake. */
    public void abort() {
        if (socket != null) {
            socket.abort();
        }
    }
}
