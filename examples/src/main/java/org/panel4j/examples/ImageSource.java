package org.panel4j.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Fetches picsum-shaped images, {@code {base}/{width}/{height}?image={n}}, over real HTTP with the
 * JDK's {@link HttpClient}. Blocking: call it from an async callback. Thread-safe.
 */
public final class ImageSource {

    private final ReentrantLock clientLock = new ReentrantLock();
    private volatile @Nullable HttpClient client;
    private final Supplier<String> base;

    /** Fetches from {@code base}, e.g. {@code http://127.0.0.1:5006/picsum} or {@code https://picsum.photos}. */
    public ImageSource(String base) {
        Objects.requireNonNull(base, "base");
        this.base = () -> base;
    }

    /** Fetches from the base {@code base} supplies when asked (e.g. once the server knows its port). */
    public ImageSource(Supplier<String> base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The base URL, without a trailing slash. */
    public String base() {
        return base.get().replaceAll("/+$", "");
    }

    /**
     * The bytes of image {@code n}.
     *
     * @throws IOException if the request fails or does not answer 200
     * @throws InterruptedException if the calling task is cancelled
     */
    public byte[] fetch(int n, int width, int height) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base() + "/" + width + "/" + height + "?image=" + n))
                .timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * The HTTP client, made on the first fetch: building one loads TLS and its selector thread, which a
     * server that never shows an image should not pay for at start (issue 18: start time and idle RSS).
     */
    private HttpClient client() {
        HttpClient made = client;
        if (made != null) {
            return made;
        }
        clientLock.lock();
        try {
            if (client == null) {
                client = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
            }
            return Objects.requireNonNull(client);
        } finally {
            clientLock.unlock();
        }
    }
}
