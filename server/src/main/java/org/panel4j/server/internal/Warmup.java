package org.panel4j.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Requests each app's page, and the client's scripts, once over loopback: the workload of the AOT
 * training run the build does ({@code serve --exit-after-warmup} under {@code -XX:AOTCacheOutput}), so
 * the cache holds the classes the first page needs. Plain sockets, not the JDK's HTTP client, whose
 * classes would otherwise land in the cache and load at every start.
 */
public final class Warmup {

    private static final int TIMEOUT_MS = 10_000;
    private static final List<String> CLIENT_FILES = List.of(
            VersionedClientFiles.prefix() + "/core.js", VersionedClientFiles.prefix() + "/panel4j.css", "/favicon.ico");

    private Warmup() {}

    /**
     * GETs {@code paths} and the client's files from the server on {@code port}; returns the status
     * line of each answer, in order.
     *
     * @throws IOException if a request cannot be made or gets no answer
     */
    public static List<String> run(int port, Collection<String> paths) throws IOException {
        var statuses = new ArrayList<String>();
        var all = new ArrayList<String>(paths);
        all.addAll(CLIENT_FILES);
        for (String path : all) {
            statuses.add(path + " " + get(port, path));
        }
        return statuses;
    }

    private static String get(int port, String path) throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readAllBytes();
            String text = new String(answer, 0, Math.min(answer.length, 200), StandardCharsets.ISO_8859_1);
            int end = text.indexOf('\r');
            if (end < 0) {
                throw new IOException("no answer to GET " + path);
            }
            return text.substring(0, end);
        }
    }
}
