package org.panel4j.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client on a plain socket, for what the JDK's client cannot do: offer extensions, and
 * stop reading altogether (a consumer that stays too slow). It performs the upgrade and reads whole
 * messages when asked.
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

    /** Reads one whole message the server sent (its frames up to the final one) as UTF-8 text. */
    String readMessage() throws IOException {
        var in = new DataInputStream(socket.getInputStream());
        var message = new ByteArrayOutputStream();
        boolean fin;
        do {
            int first = in.readUnsignedByte();
            fin = (first & 0x80) != 0;
            long length = in.readUnsignedByte() & 0x7f; // server frames are not masked
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            if ((first & 0x08) == 0) { // a data frame, not a ping
                message.write(payload);
            } else {
                fin = false;
            }
        } while (!fin);
        return message.toString(StandardCharsets.UTF_8);
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
