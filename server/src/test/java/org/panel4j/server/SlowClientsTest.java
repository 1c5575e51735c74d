package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Slowloris and connection hoarding through a real server: a request head that never completes (sent
 * byte by byte, cut in half, or not begun) is closed after {@code requestHeaderTimeout}, an open WebSocket
 * is not, and connections from one address beyond {@code maxConnectionsPerAddress} are closed at once.
 */
class SlowClientsTest {

    private static Socket connect(int port) throws IOException {
        var socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(50);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** True once the server has closed {@code socket} (end of stream or reset); reads for at most 50 ms. */
    private static boolean closedByServer(Socket socket) {
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    /** Waits until the server closes {@code socket}, calling {@code meanwhile} every 50 ms; the time it took. */
    private static Duration awaitClosed(Socket socket, IoAction meanwhile) throws IOException {
        long start = System.nanoTime();
        while (!closedByServer(socket)) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(10)) {
                throw new AssertionError("the server kept the connection open for 10 s");
            }
            try {
                meanwhile.run();
            } catch (IOException e) {
                break; // a write to a connection the server closed
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    @Test
    void aRequestHeadTrickledLineByLine_isClosedAfterTheTimeout() throws Exception {
        var server = PanelServer.create(c -> c.port(0).requestHeaderTimeout(Duration.ofMillis(500))
                .app("/app", TestApps.clicks())).start();
        try (var socket = connect(server.port())) {
            write(socket, "GET /app HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            // a header line every 50 ms keeps Jetty's idle timeout (30 s) from ever firing
            Duration took = awaitClosed(socket, () -> write(socket, "X-Slow: 1\r\n"));
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        } finally {
            server.stop();
        }
    }

    @Test
    void halfARequestLine_orNothingAtAll_isClosedAfterTheTimeout() throws Exception {
        var server = PanelServer.create(c -> c.port(0).requestHeaderTimeout(Duration.ofMillis(500))
                .app("/app", TestApps.clicks())).start();
        try (var half = connect(server.port()); var silent = connect(server.port())) {
            write(half, "GET /app HTT");
            assertThat(awaitClosed(half, () -> { })).isLessThan(Duration.ofSeconds(5));
            assertThat(awaitClosed(silent, () -> { })).isLessThan(Duration.ofSeconds(5));
            assertThat(WsClient.get(server.port(), "/app").statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Test
    void anOpenWebSocket_outlivesTheRequestHeaderTimeout() throws Exception {
        var server = PanelServer.create(c -> c.port(0).requestHeaderTimeout(Duration.ofMillis(200))
                .app("/app", TestApps.clicks())).start();
        try {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            JsonNode root = client.awaitType("init").get("root");
            Thread.sleep(1500); // quiet for more than seven header timeouts (pings come every 25 s)
            assertThat(client.closed).isNotDone();
            client.click(WsClient.ids(root, "Button").getFirst());
            client.awaitSet(WsClient.ids(root, "StaticText").getFirst(), "value", v -> v.asText().equals("Clicked 1"));
        } finally {
            server.stop();
        }
    }

    @Test
    void connectionsBeyondThePerAddressCap_areClosed_andRequestsWorkOnceTheyGo() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxConnectionsPerAddress(4)
                .app("/app", TestApps.clicks())).start();
        List<Socket> held = new ArrayList<>();
        try (var log = LogCapture.atInfo()) {
            for (int i = 0; i < 4; i++) {
                held.add(connect(server.port()));
            }
            try (var fifth = connect(server.port())) {
                assertThat(awaitClosed(fifth, () -> { })).isLessThan(Duration.ofSeconds(5));
            }
            for (Socket socket : held) {
                assertThat(closedByServer(socket)).as("a connection within the cap").isFalse();
                socket.close();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                try {
                    status = WsClient.get(server.port(), "/app").statusCode();
                } catch (IOException e) {
                    Thread.sleep(20); // the server has not yet seen the held connections close
                }
            }
            assertThat(status).isEqualTo(200);
            assertThat(log.text()).contains("Connection from 127.0.0.1 closed: 4 already open from that address (limit 4)");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
            server.stop();
        }
    }
}
