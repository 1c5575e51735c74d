package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panel4j.layout.Column;
import org.panel4j.widget.DownloadContent;
import org.panel4j.widget.FileDownload;
import org.panel4j.widget.FileInput;

/**
 * Uploads and downloads through the real server (docs/protocol.md, "Files"): the page's socket asks for a
 * one-time token, the bytes go over HTTP with the page's CSRF secret. Another session's token, a second
 * use, an unknown token, a chunk out of order or over its size, a chunk after the session ended, and a
 * cut-off chunk are refused with a clear status, and nothing of the upload is kept.
 */
class FileTransferTest {

    private static final String CSRF = "X-Panel4j-Csrf";
    private static final String NAME = "résumé \"final\"\r\n.txt";

    @TempDir
    Path folder;

    private final List<FileInput> inputs = new CopyOnWriteArrayList<>();
    private PanelServer server;

    @BeforeEach
    void start() {
        server = PanelServer.create(c -> c.port(0).reconnectGrace(Duration.ofMillis(300)).app("/files", session -> {
            var input = new FileInput("Data");
            input.setMultiple(true);
            input.setMaxFileSize(2_000_000);
            input.setMaxTotalSize(3_000_000);
            input.setTemporaryDirectory(folder);
            inputs.add(input);
            var fixed = new FileDownload(NAME, "fixed bytes".getBytes(StandardCharsets.UTF_8));
            var made = new FileDownload("report.csv", () -> {
                Thread.sleep(100);
                return DownloadContent.of("report.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
            });
            var broken = new FileDownload("broken.bin", () -> DownloadContent.of("broken.bin",
                    "application/octet-stream", new FailingAfter(64 * 1024)));
            return new Column(input, fixed, made, broken);
        })).start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** One page: its socket, its CSRF secret and its components' ids. */
    private record Page(WsClient socket, String csrf, String input, List<String> downloads, FileInput widget) {}

    private Page open() throws Exception {
        WsClient.Boot boot = WsClient.page(server.port(), "/files");
        int built = inputs.size();
        WsClient socket = WsClient.connect(server.port(), boot);
        JsonNode root = socket.await(m -> "init".equals(m.path("type").asText()), Duration.ofSeconds(30)).get("root");
        return new Page(socket, boot.csrf(), WsClient.ids(root, "FileInput").getFirst(),
                WsClient.ids(root, "FileDownload"), inputs.get(built));
    }

    private static String announce(Page page, long request, Map<?, ?>... files) throws Exception {
        page.socket().send(Map.of("type", "event", "id", page.input(), "event", "upload",
                "payload", Map.of("request", request, "files", List.of(files))));
        return page.socket().awaitSet(page.input(), "ticket", t -> t.path("request").asLong() == request)
                .get("value").get("token").asText();
    }

    private static Map<String, Object> file(String name, long size) {
        return Map.of("name", name, "size", size, "type", "application/octet-stream");
    }

    private HttpResponse<String> chunk(String csrf, String token, int file, long offset, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/_panel4j/transfer/"
                + token + "?file=" + file + "&offset=" + offset)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (csrf != null) {
            request.header(CSRF, csrf);
        }
        return WsClient.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> fetch(String csrf, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/_panel4j/transfer/" + token));
        if (csrf != null) {
            request.header(CSRF, csrf);
        }
        return WsClient.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] bytes(int n, int seed) {
        var out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (i * 31 + seed);
        }
        return out;
    }

    private List<Path> leftOver() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void filesSentInChunks_becomeTheValue_byteForByte() throws Exception {
        Page page = open();
        byte[] first = bytes(300_000, 1);
        String token = announce(page, 1, file("one.bin", first.length), file("two.txt", 3));

        assertThat(chunk(page.csrf(), token, 0, 0, java.util.Arrays.copyOf(first, 262_144)).body())
                .isEqualTo("{\"received\":262144,\"complete\":false}");
        assertThat(chunk(page.csrf(), token, 0, 262_144, java.util.Arrays.copyOfRange(first, 262_144, first.length))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> last = chunk(page.csrf(), token, 1, 0, "abc".getBytes(StandardCharsets.UTF_8));
        assertThat(last.body()).isEqualTo("{\"received\":3,\"complete\":true}");

        assertThat(page.widget().getValue()).hasSize(2);
        assertThat(page.widget().getValue().get(0).bytes()).isEqualTo(first);
        assertThat(page.widget().getValue().get(1).bytes()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        JsonNode value = page.socket().awaitSet(page.input(), "value", v -> v.size() == 2).get("value");
        assertThat(value.toString()).isEqualTo("[{\"name\":\"one.bin\",\"mimeType\":\"application/octet-stream\","
                + "\"size\":300000},{\"name\":\"two.txt\",\"mimeType\":\"application/octet-stream\",\"size\":3}]");

        HttpResponse<String> again = chunk(page.csrf(), token, 1, 0, new byte[0]);
        assertThat(again.statusCode()).as("a spent token").isEqualTo(410);
        assertThat(again.body()).isEqualTo("This link was used already or has expired.");
    }

    @Test
    void anotherSessionsToken_isUnknownToIt_andTheOwnersUploadGoesOn() throws Exception {
        Page owner = open();
        Page other = open();
        String token = announce(owner, 1, file("a.bin", 4));

        HttpResponse<String> stolen = chunk(other.csrf(), token, 0, 0, new byte[]{1, 2, 3, 4});
        assertThat(stolen.statusCode()).isEqualTo(404);
        assertThat(stolen.body()).isEqualTo("No such transfer in this session.");
        assertThat(chunk(null, token, 0, 0, new byte[]{1, 2, 3, 4}).statusCode()).as("no CSRF header").isEqualTo(403);
        assertThat(chunk("forged-secret", token, 0, 0, new byte[]{1, 2, 3, 4}).statusCode()).isEqualTo(410);
        assertThat(chunk(owner.csrf(), "unknownToken", 0, 0, new byte[]{1}).statusCode()).isEqualTo(404);
        assertThat(other.widget().getValue()).isEmpty();

        assertThat(chunk(owner.csrf(), token, 0, 0, new byte[]{1, 2, 3, 4}).statusCode()).isEqualTo(200);
        assertThat(owner.widget().getValue().getFirst().bytes()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void chunksOutOfOrder_orOverTheAnnouncedSize_dropTheUpload_andKeepNothing() throws Exception {
        Page page = open();
        String token = announce(page, 1, file("a.bin", 10));
        assertThat(chunk(page.csrf(), token, 0, 0, bytes(4, 0)).statusCode()).isEqualTo(200);
        assertThat(leftOver()).hasSize(1);

        HttpResponse<String> skipped = chunk(page.csrf(), token, 0, 6, bytes(4, 0));
        assertThat(skipped.statusCode()).isEqualTo(409);
        assertThat(skipped.body()).isEqualTo("Chunk out of order: expected file 0 at byte 4; the upload was dropped");
        assertThat(leftOver()).isEmpty();
        assertThat(chunk(page.csrf(), token, 0, 4, bytes(6, 0)).statusCode()).as("after the drop").isEqualTo(410);

        String second = announce(page, 2, file("b.bin", 10));
        assertThat(chunk(page.csrf(), second, 0, 0, bytes(8, 0)).statusCode()).isEqualTo(200);
        HttpResponse<String> over = chunk(page.csrf(), second, 0, 8, bytes(8, 0));
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).isEqualTo("File 0 is larger than the 10 bytes announced; the upload was dropped");
        assertThat(leftOver()).isEmpty();

        String third = announce(page, 3, file("c.bin", 1_500_000));
        // the server answers 413 and closes without reading the rest; a client still sending may see the
        // connection closed instead of the answer (it raced, as with any server refusing a large body)
        try {
            HttpResponse<String> huge = chunk(page.csrf(), third, 0, 0, bytes(1_100_000, 0));
            assertThat(huge.statusCode()).as("a chunk over the server's bound").isEqualTo(413);
            assertThat(huge.body()).isEqualTo("A chunk may carry at most 1048576 bytes; the upload was dropped.");
        } catch (java.io.IOException closedWhileSending) {
            // the refusal still holds: the next chunk below finds the upload dropped
        }
        assertThat(chunk(page.csrf(), third, 0, 0, bytes(10, 0)).statusCode()).isEqualTo(410);
        assertThat(leftOver()).isEmpty();
        assertThat(page.widget().getValue()).isEmpty();
    }

    @Test
    void announcingMoreThanTheLimit_isRefusedOnTheSocket_andOpensNoUpload() throws Exception {
        Page page = open();
        page.socket().send(Map.of("type", "event", "id", page.input(), "event", "upload",
                "payload", Map.of("request", 1, "files", List.of(file("big.bin", 2_000_001)))));
        JsonNode error = page.socket().awaitType("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_value");
        assertThat(error.get("message").asText()).isEqualTo("FileInput takes files of at most 2000000 bytes; 'big.bin' has 2000001");
        page.socket().send(Map.of("type", "event", "id", page.input(), "event", "upload",
                "payload", Map.of("request", 2, "files", List.of(file("a", 1_500_000), file("b", 1_500_001)))));
        assertThat(page.socket().awaitType("error").get("message").asText())
                .isEqualTo("FileInput takes at most 3000000 bytes in one upload");
        assertThat(page.widget().ticketProperty().get()).isNull();
    }

    @Test
    void anUploadCutOffMidChunk_orWhoseSessionEnded_leavesNoFile_andIsRefused() throws Exception {
        Page page = open();
        String token = announce(page, 1, file("a.bin", 500_000));
        try (var socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /_panel4j/transfer/" + token + "?file=0&offset=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + CSRF + ": " + page.csrf() + "\r\nContent-Length: 400000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes(100_000, 0));
            out.flush();
            await("the partial file", () -> {
                try {
                    return leftOver().size() == 1;
                } catch (IOException e) {
                    return false;
                }
            });
        } // closed before the rest of the chunk
        await("the cut-off upload's file to go", () -> {
            try {
                return leftOver().isEmpty();
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(chunk(page.csrf(), token, 0, 0, bytes(10, 0)).statusCode()).isEqualTo(410);

        String second = announce(page, 2, file("b.bin", 10));
        assertThat(chunk(page.csrf(), second, 0, 0, bytes(5, 0)).statusCode()).isEqualTo(200);
        assertThat(leftOver()).hasSize(1);
        page.socket().close();
        await("the session's end (grace 300 ms)", () -> server.sessionCount() == 0);
        assertThat(leftOver()).isEmpty();
        HttpResponse<String> late = chunk(page.csrf(), second, 0, 5, bytes(5, 0));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).isEqualTo("This page's session has ended; reload the page.");
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void aDownload_isServedOnce_asAnAttachment_onlyToItsSession() throws Exception {
        Page page = open();
        Page other = open();
        String fixed = page.downloads().get(0);
        page.socket().send(Map.of("type", "event", "id", fixed, "event", "click", "payload", Map.of("request", 7)));
        String token = page.socket().awaitSet(fixed, "ticket", t -> t.path("request").asLong() == 7)
                .get("value").get("token").asText();

        assertThat(fetch(other.csrf(), token).statusCode()).as("another session").isEqualTo(404);
        assertThat(fetch(null, token).statusCode()).isEqualTo(403);
        assertThat(fetch(page.csrf(), "nope").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> served = fetch(page.csrf(), token);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(new String(served.body(), StandardCharsets.UTF_8)).isEqualTo("fixed bytes");
        assertThat(served.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"r_sum_ _final___.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22%0D%0A.txt");
        assertThat(served.headers().firstValue("Content-Length")).hasValue("11");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<byte[]> second = fetch(page.csrf(), token);
        assertThat(second.statusCode()).as("a second use").isEqualTo(410);
    }

    @Test
    void aPreparedDownload_saysPreparing_thenServesWhatTheCallbackMade() throws Exception {
        Page page = open();
        String made = page.downloads().get(1);
        page.socket().send(Map.of("type", "event", "id", made, "event", "click", "payload", Map.of("request", 1)));
        page.socket().awaitSet(made, "preparing", JsonNode::asBoolean);
        JsonNode ticket = page.socket().awaitSet(made, "ticket", t -> t.path("request").asLong() == 1).get("value");
        assertThat(ticket.get("filename").asText()).isEqualTo("report.csv");
        HttpResponse<byte[]> served = fetch(page.csrf(), ticket.get("token").asText());
        assertThat(new String(served.body(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        assertThat(served.headers().firstValue("Content-Type")).hasValue("text/csv");
        assertThat(served.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"report.csv\"; filename*=UTF-8''report.csv");
    }

    @Test
    void aDownloadWhoseSourceFailsMidway_isCutOff_neverEndedAsIfComplete() throws Exception {
        Page page = open();
        String broken = page.downloads().get(2);
        page.socket().send(Map.of("type", "event", "id", broken, "event", "click", "payload", Map.of("request", 3)));
        String token = page.socket().awaitSet(broken, "ticket", t -> t.path("request").asLong() == 3)
                .get("value").get("token").asText();

        assertThatThrownBy(() -> fetch(page.csrf(), token)).as("a truncated file must not arrive as a whole one")
                .isInstanceOf(IOException.class);
    }

    /** A download source that gives {@code length} bytes, then fails as a disk or a remote store might. */
    private static final class FailingAfter extends InputStream {

        private int left;

        FailingAfter(int length) {
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left-- > 0) {
                return 'x';
            }
            throw new IOException("the source failed midway");
        }
    }
}
