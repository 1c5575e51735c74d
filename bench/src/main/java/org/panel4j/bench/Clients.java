package org.panel4j.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Many driver-side pages of one app, opened in parallel over a few JDK HttpClients. */
final class Clients implements AutoCloseable {

    private static final int PARALLEL_OPENS = 32;
    private static final List<HttpClient> HTTP = List.of(HttpClient.newHttpClient(), HttpClient.newHttpClient());

    final List<LoadClient> all;

    private Clients(List<LoadClient> all) {
        this.all = all;
    }

    /** Opens {@code n} pages of {@code path}, each with its socket connected and its init received. */
    static Clients open(int port, String path, int n) throws Exception {
        return open(port, path, n, 1);
    }

    /**
     * Like {@link #open(int, String, int)}, opening a page again up to {@code attempts} times when its
     * socket fails before its init: under load the JDK client now and then fails a large ASCII init with
     * "Invalid UTF-8 in frame TEXT", although the server's frames are valid (checked with a proxy).
     */
    static Clients open(int port, String path, int n, int attempts) throws Exception {
        return open(port, path, n, attempts, HTTP);
    }

    /**
     * Like {@link #open(int, String, int, int)}, the sockets spread round robin over {@code http}: clients
     * bound to distinct loopback addresses ({@code HttpClient.Builder.localAddress}) each get their own
     * ~28,000 ephemeral ports, so one driver can hold more sockets to one server port than one address allows.
     */
    static Clients open(int port, String path, int n, int attempts, List<HttpClient> http) throws Exception {
        var gate = new Semaphore(PARALLEL_OPENS);
        var futures = new ArrayList<Future<LoadClient>>(n);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                HttpClient client = http.get(i % http.size());
                futures.add(pool.submit(() -> {
                    gate.acquire();
                    try {
                        for (int attempt = 1; ; attempt++) {
                            try {
                                return LoadClient.open(client, port, path);
                            } catch (ExecutionException e) {
                                if (attempt >= attempts) {
                                    throw e;
                                }
                            }
                        }
                    } finally {
                        gate.release();
                    }
                }));
            }
            var clients = new ArrayList<LoadClient>(n);
            for (Future<LoadClient> f : futures) {
                clients.add(f.get());
            }
            return new Clients(clients);
        }
    }

    @Override
    public void close() {
        all.forEach(LoadClient::close);
    }
}
