package org.panel4j.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/** Many driver-side pages of one app, opened in parallel over one Jetty WebSocket client. */
final class Clients implements AutoCloseable {

    private static final int PARALLEL_OPENS = 32;

    private final WebSocketClient ws;
    final List<LoadClient> all;

    private Clients(WebSocketClient ws, List<LoadClient> all) {
        this.ws = ws;
        this.all = all;
    }

    /** Opens {@code n} pages of {@code path}, each with its socket connected and its init received. */
    static Clients open(int port, String path, int n) throws Exception {
        var ws = new WebSocketClient();
        ws.setIdleTimeout(Duration.ZERO); // a paused reader stays connected; the server's pings keep it honest
        ws.start();
        var gate = new Semaphore(PARALLEL_OPENS);
        var futures = new ArrayList<Future<LoadClient>>(n);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    gate.acquire();
                    try {
                        return LoadClient.open(ws, port, path);
                    } finally {
                        gate.release();
                    }
                }));
            }
            var clients = new ArrayList<LoadClient>(n);
            for (Future<LoadClient> f : futures) {
                clients.add(f.get());
            }
            return new Clients(ws, clients);
        } catch (Exception e) {
            ws.stop();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        all.forEach(LoadClient::close);
        ws.stop();
    }
}
