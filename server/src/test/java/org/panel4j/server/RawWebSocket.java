package org.panel4j.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client on a plain socket, for what the JDK's client cannot do: offer extensions, and
 * stop reading altogether (a consumer that stays too slow). It only performs the upgrade.
 */
final class RawWebSocket implements AutoCloseable {

    final Socket socket = new Socket();
    final String responseHead;

    /** Upgrades {@code path} with {@code extraHeaders} (CRLF-terminated lines); the receive buffer is kept small. */
    RawWebSocket(int port, String path, String extraHeaders) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(5000);
        String key = Base64.getEncoder().encodeToString("panel4j-raw-key!".getBytes(StandardCharsets.US_ASCII));
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + extraHeaders + "\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        this.responseHead = readHead(socket.getInputStream());
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int b;
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
