package org.panel4j.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;

/**
 * An idle page for {@link IdleHolder}, as light as a client can be: the page GET, then a plain socket
 * from a given local address upgraded to a WebSocket, the {@code init} awaited, and a virtual thread
 * answering the server's pings and discarding everything else. The JDK's WebSocket client costs about
 * 130 KiB of the driver's memory a socket; this costs a few.
 */
final class IdleSocket implements AutoCloseable {

    private final Socket socket = new Socket();

    private IdleSocket() {}

    /** Opens {@code path} on 127.0.0.1:{@code port} from {@code local}; returns once {@code init} arrived. */
    static IdleSocket open(int port, String path, InetAddress local) throws Exception {
        Matcher boot = LoadClient.BOOT.matcher(ServerProcess.get(port, path));
        if (!boot.find()) {
            throw new IllegalStateException("no boot JSON at " + path);
        }
        var idle = new IdleSocket();
        Socket s = idle.socket;
        s.bind(new InetSocketAddress(local, 0));
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 30_000);
        s.setSoTimeout(60_000);
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        String request = "GET " + boot.group(3) + "?token=" + boot.group(1) + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        var in = new DataInputStream(new BufferedInputStream(s.getInputStream(), 1024));
        String status = readHead(in);
        if (!status.startsWith("HTTP/1.1 101")) {
            byte[] why = in.readNBytes(Math.min(200, in.available()));
            s.close();
            throw new IOException("upgrade answered " + status + ": " + new String(why, StandardCharsets.UTF_8));
        }
        while (readFrame(in, s.getOutputStream()) != 0x1) {
            // until the first text message: init
        }
        s.setSoTimeout(0);
        Thread.ofVirtual().start(() -> {
            try {
                while (readFrame(in, s.getOutputStream()) != 0x8) {
                    // discard; pings are answered in readFrame
                }
            } catch (IOException e) {
                // closed: by close() or by the server
            } finally {
                idle.close();
            }
        });
        return idle;
    }

    /** Reads one frame, answers a ping with a pong; returns its opcode. */
    private static int readFrame(DataInputStream in, OutputStream out) throws IOException {
        int first = in.readUnsignedByte();
        long length = in.readUnsignedByte() & 0x7f; // server frames are not masked
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        int opcode = first & 0x0f;
        if (opcode == 0x9) {
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            byte[] pong = new byte[6 + payload.length]; // FIN + pong, masked with a zero key
            pong[0] = (byte) 0x8A;
            pong[1] = (byte) (0x80 | payload.length);
            System.arraycopy(payload, 0, pong, 6, payload.length);
            synchronized (out) {
                out.write(pong);
            }
        } else {
            in.skipNBytes(length);
        }
        return opcode;
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                return head.substring(0, head.indexOf("\r\n"));
            }
        }
        throw new EOFException("the connection closed during the upgrade");
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
