package org.panel4j.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request on a plain socket to 127.0.0.1, for what the JDK's client will not send: any
 * {@code Host} header (a DNS-rebinding site's name), any method, a WebSocket upgrade. Reads the
 * status line, the headers, and the body by {@code Content-Length} (for HEAD, all bytes until the
 * server closes; none for 1xx).
 */
final class RawHttp {

    /** A response: status, headers by lower-case name (first of each), and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private RawHttp() {}

    /** Sends {@code method path} with {@code Host: host} and {@code extraHeaders} (CRLF-terminated lines). */
    static Answer send(int port, String method, String path, String host, String extraHeaders) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            String connection = extraHeaders.contains("Connection:") ? "" : "Connection: close\r\n";
            String request = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders
                    + connection + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String[] lines = readHead(in).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            var headers = new LinkedHashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            // HEAD: whatever comes before the server closes (there should be nothing); 1xx: no body
            byte[] body = method.equals("HEAD") ? in.readAllBytes() : status < 200 ? new byte[0]
                    : in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    /** A GET with {@code Host: host}. */
    static Answer get(int port, String path, String host) throws IOException {
        return send(port, "GET", path, host, "");
    }

    /** A WebSocket upgrade of {@code path} with {@code Host: host} and {@code extraHeaders}; only the head is read. */
    static Answer upgrade(int port, String path, String host, String extraHeaders) throws IOException {
        return send(port, "GET", path, host, "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: cGFuZWw0ai1yYXcta2V5IQ==\r\nSec-WebSocket-Version: 13\r\n" + extraHeaders);
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int b;
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
