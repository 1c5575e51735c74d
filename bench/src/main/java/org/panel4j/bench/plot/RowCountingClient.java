package org.panel4j.bench.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket client that opens an app page like a browser (GET the page, read the boot JSON, connect
 * with its token) and counts the rows of every {@code stream} op it receives, text or binary frames.
 */
final class RowCountingClient implements WebSocket.Listener, AutoCloseable {

    private static final Pattern BOOT = Pattern.compile("id=\"p4j-boot\">(.*?)</script>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    final AtomicLong rows = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private final StringBuilder text = new StringBuilder();
    private final WebSocket socket;

    RowCountingClient(HttpClient http, String base, String app) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + app)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = BOOT.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no boot JSON in the page");
        }
        JsonNode boot = JSON.readTree(m.group(1));
        URI ws = URI.create(base.replace("http", "ws") + boot.get("ws").asText() + "?token=" + boot.get("token").asText());
        socket = http.newWebSocketBuilder().buildAsync(ws, this).get();
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            bytes.addAndGet(text.length());
            count(text.toString());
            text.setLength(0);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        binary.writeBytes(chunk);
        if (last) {
            ByteBuffer frame = ByteBuffer.wrap(binary.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            bytes.addAndGet(frame.capacity());
            count(new String(frame.array(), 4, frame.getInt(0), StandardCharsets.UTF_8));
            binary.reset();
        }
        ws.request(1);
        return null;
    }

    private void count(String message) {
        try {
            for (JsonNode op : JSON.readTree(message).path("ops")) {
                if ("stream".equals(op.path("op").asText())) {
                    JsonNode x = op.at("/columns/x");
                    rows.addAndGet(x.isArray() ? x.size() : x.get("length").asLong());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
