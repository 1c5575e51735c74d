package org.panel4j.examples;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.HttpHandler;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;

/**
 * Answers {@code /picsum/{width}/{height}?image={n}} with {@link PicsumStandIn}'s JPEG, like picsum.photos.
 * Drawn images are kept in a cache bounded by bytes (least recently used go first), so asking for the
 * same image again costs no drawing; concurrent requests for one image draw it once. Thread-safe.
 */
public final class PicsumHandler implements HttpHandler {

    /** The most JPEG bytes the cache keeps: about 600 of the examples' 800×300 images. */
    static final long CACHE_BYTES = 32L << 20;

    private record Key(int n, int width, int height) {}

    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable Cache<Key, byte[]> cache;
    private final AtomicLong renders = new AtomicLong();

    @Override
    public HttpResponse handle(HttpRequest request) {
        String[] parts = request.path().split("/");
        String image = request.query().getOrDefault("image", "0");
        try {
            if (parts.length != 4) {
                return HttpResponse.text(404, "Use /picsum/{width}/{height}?image={n}");
            }
            var key = new Key(Integer.parseInt(image), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
            PicsumStandIn.checkSize(key.width(), key.height());
            return HttpResponse.ok("image/jpeg", cache().get(key, this::render));
        } catch (NumberFormatException e) {
            return HttpResponse.text(400, "Bad image request: width, height and image must be whole numbers");
        } catch (IllegalArgumentException e) {
            return HttpResponse.text(400, "Bad image request: " + e.getMessage());
        }
    }

    /** How many images this handler has drawn; the other answers came from its cache. */
    public long renderCount() {
        return renders.get();
    }

    /** The cache, made at the first image asked for: building a Caffeine cache costs the server's start. */
    private Cache<Key, byte[]> cache() {
        Cache<Key, byte[]> made = cache;
        if (made != null) {
            return made;
        }
        lock.lock();
        try {
            made = cache;
            if (made == null) {
                made = Caffeine.newBuilder()
                        .maximumWeight(CACHE_BYTES)
                        .weigher((Key key, byte[] jpeg) -> jpeg.length)
                        .build();
                cache = made;
            }
            return made;
        } finally {
            lock.unlock();
        }
    }

    private byte[] render(Key key) {
        renders.incrementAndGet();
        return PicsumStandIn.jpeg(key.n(), key.width(), key.height());
    }
}
