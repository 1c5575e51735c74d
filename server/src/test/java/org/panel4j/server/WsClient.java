package org.panel4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real WebSocket client of protocol v1 for tests (the JDK's HttpClient), recording what it receives. */
final class WsClient implements WebSocket.Listener {

    /** A listener that ignores everything. */
    interface Listener extends WebSocket.Listener {}

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOOT = Pattern.compile("<script type=\"application/json\" id=\"p4j-boot\">(.*?)</script>");

    /** The boot JSON of a page. */
    record Boot(String token, String csrf, String ws) {}

    final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> received = new ArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final Boot boot;
    private WebSocket socket;
    private volatile String reconnectToken;
    long seq;

    private WsClient(Boot boot) {
        this.boot = boot;
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Boot page(int port, String path) throws Exception {
        return boot(get(port, path));
    }

    /** The boot JSON of a page response. */
    static Boot boot(HttpResponse<String> response) throws Exception {
        Matcher m = BOOT.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new AssertionError("no boot JSON in " + response.statusCode() + " " + response.body());
        }
        JsonNode boot = JSON.readTree(m.group(1));
        return new Boot(boot.get("token").asText(), boot.get("csrf").asText(), boot.get("ws").asText());
    }

    static CompletableFuture<WebSocket> open(int port, Boot boot, String origin, WebSocket.Listener listener) {
        var builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + port + boot.ws() + "?token=" + boot.token()), listener);
    }

    /** Connects with an {@code Authorization} header (null: none). */
    static WsClient connectAs(int port, Boot boot, String authorization) throws Exception {
        var client = new WsClient(boot);
        var builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + boot.ws() + "?token=" + boot.token()),
                client).get(5, TimeUnit.SECONDS);
        return client;
    }

    /** What the page needs to reconnect: its boot JSON with the reconnect token of the last {@code init} received. */
    Boot reconnectBoot() {
        if (reconnectToken == null) {
            throw new AssertionError("no init with a reconnect token received yet");
        }
        return new Boot(reconnectToken, boot.csrf(), boot.ws());
    }

    /** Connects with extra request {@code headers} (e.g. {@code X-Forwarded-For}). */
    static WsClient connect(int port, Boot boot, Map<String, String> headers) throws Exception {
        var client = new WsClient(boot);
        var builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + boot.ws() + "?token=" + boot.token()),
                client).get(5, TimeUnit.SECONDS);
        return client;
    }

    /** GETs {@code path} with extra request {@code headers}. */
    static HttpResponse<String> get(int port, String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static WsClient connect(int port, Boot boot) throws Exception {
        var client = new WsClient(boot);
        client.socket = open(port, boot, null, client).get(5, TimeUnit.SECONDS);
        return client;
    }

    /**
     * Waits for the first message matching {@code test} not matched before; messages are kept, so the
     * order in which unrelated messages arrive (an error and a patch, say) does not matter.
     */
    JsonNode await(Predicate<JsonNode> test) throws InterruptedException {
        return await(test, Duration.ofSeconds(20));
    }

    /** As {@link #await(Predicate)}, waiting at most {@code timeout} (e.g. for a first page on a busy machine). */
    JsonNode await(Predicate<JsonNode> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = inbox.poll(50, TimeUnit.MILLISECONDS);
            if (message != null) {
                received.add(message);
            }
            for (JsonNode candidate : received) {
                if (test.test(candidate)) {
                    received.remove(candidate);
                    return candidate;
                }
            }
        }
        throw new AssertionError("no matching message within " + timeout.toSeconds() + " s; unmatched: " + received);
    }

    JsonNode awaitType(String type) throws InterruptedException {
        return await(m -> type.equals(m.path("type").asText()));
    }

    /** Waits for a patch that sets {@code prop} of {@code id} to a value matching {@code test}. */
    JsonNode awaitSet(String id, String prop, Predicate<JsonNode> test) throws InterruptedException {
        JsonNode patch = await(m -> setOp(m, id, prop) != null && test.test(setOp(m, id, prop).get("value")));
        return setOp(patch, id, prop);
    }

    static JsonNode setOp(JsonNode message, String id, String prop) {
        if (!"patch".equals(message.path("type").asText())) {
            return null;
        }
        JsonNode found = null;
        for (JsonNode op : message.get("ops")) {
            if ("set".equals(op.path("op").asText()) && id.equals(op.path("id").asText()) && prop.equals(op.path("prop").asText())) {
                found = op;
            }
        }
        return found;
    }

    void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
    }

    void send(Map<String, Object> fields) throws Exception {
        var message = new LinkedHashMap<String, Object>(fields);
        if (!message.containsKey("seq")) {
            message.put("seq", ++seq);
        }
        message.putIfAbsent("csrf", boot.csrf());
        sendRaw(JSON.writeValueAsString(message));
    }

    void set(String id, String prop, Object value) throws Exception {
        send(Map.of("type", "set", "id", id, "prop", prop, "value", value));
    }

    void click(String id) throws Exception {
        send(Map.of("type", "event", "id", id, "event", "click", "payload", Map.of()));
    }

    void close() {
        socket.sendClose(1000, "bye");
    }

    void abort() {
        socket.abort();
    }

    /** The ids of the nodes of {@code type} in {@code node}'s tree, in order. */
    static List<String> ids(JsonNode node, String type) {
        var found = new ArrayList<String>();
        collect(node, type, found);
        return found;
    }

    private static void collect(JsonNode node, String type, List<String> found) {
        if (node.isObject() && node.has("type") && node.has("id") && node.has("props")) {
            if (type.equals(node.get("type").asText())) {
                found.add(node.get("id").asText());
            }
            node.get("props").forEach(child -> collect(child, type, found));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, type, found));
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode message = JSON.readTree(partial.toString());
                if ("init".equals(message.path("type").asText()) && message.path("reconnect").isTextual()) {
                    reconnectToken = message.get("reconnect").asText();
                }
                inbox.add(message);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
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
}
