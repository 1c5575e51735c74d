package org.panel4j.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The floor under the examples server's start and memory (BENCHMARKS.md §11): a Jetty server on the same
 * JVM options and thread pool that answers every request with one small page, nothing else. {@code --port=N};
 * {@code --exit-after-warmup} requests one page and stops, the workload of its AOT training run.
 */
final class BareJetty {

    private static final String PAGE = "<!doctype html><title>bare</title><p>Jetty alone.</p>";

    private BareJetty() {}

    public static void main(String[] args) throws Exception {
        int port = 0;
        boolean warmup = false;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (arg.equals("--exit-after-warmup")) {
                warmup = true;
            }
        }
        var server = new Server(new VirtualThreadPool()); // as the examples server: Jetty's default pool initialises JMX
        var connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                Content.Sink.write(response, true, PAGE, callback);
                return true;
            }
        });
        server.start();
        if (warmup) {
            get(connector.getLocalPort());
            server.stop();
            return;
        }
        server.join();
    }

    private static void get(int port) throws Exception {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            in.readAllBytes();
        }
    }
}
