package org.panel4j.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * A server-wide cache for expensive loads (a query, a file, a remote call), bounded in size and in time,
 * on Caffeine (docs/decisions/0014-caffeine-for-bounded-caches.md). Made by
 * {@link ServerState#cache}; its clock is the host's, so a test clock drives its expiry.
 *
 * <p>{@link #get} loads a missing key <b>on the caller's thread</b>, once for concurrent callers of the same
 * key: the others wait for that load (interruptibly, without pinning a carrier) and get its value or its
 * error. Call it from an async callback or a task (its virtual thread may block), never holding a session
 * lock for a long load: every sync callback of that session would wait. A failed load caches nothing.
 * Thread-safe.
 *
 * {@snippet :
 * SharedCache<String, Report> reports = server.state().cache(1_000, Duration.ofMinutes(5), name -> loadReport(name));
 * button.onClick(async(event -> text.setValue(reports.get("sales").summary())));
 * }
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SharedCache<K, V> {

    /**
     * Loads the value of a key missing from the cache.
     *
     * @param <K> the key type
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface Loader<K, V> {

        /** The value of {@code key}, never null; may block and throw. */
        V load(K key) throws Exception;
    }

    private final Cache<K, V> cache;
    private final Loader<K, V> loader;
    /** Loads under way, so concurrent callers wait for one; results go to {@link #cache} only (see 0014). */
    private final Map<K, CompletableFuture<V>> loading = new ConcurrentHashMap<>();

    SharedCache(long maximumSize, Duration timeToLive, Loader<K, V> loader, Scheduler clock) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("SharedCache.maximumSize must be at least 1, not " + maximumSize);
        }
        Objects.requireNonNull(timeToLive, "timeToLive");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("SharedCache.timeToLive must be positive, not " + timeToLive);
        }
        this.loader = Objects.requireNonNull(loader, "loader");
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(timeToLive)
                .ticker(clock::nanoTime)
                .executor(Runnable::run) // evictions on the caller's thread, not the common pool
                .build();
    }

    /**
     * The value of {@code key}: the cached one, else loaded now on this thread (or by the concurrent caller
     * that loads it already).
     *
     * @throws PanelException if the load failed (its cause is the loader's exception); nothing is cached
     * @throws CancellationException if this thread is interrupted while it waits for another caller's load
     */
    public V get(K key) {
        Objects.requireNonNull(key, "key");
        V cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        var mine = new CompletableFuture<V>();
        CompletableFuture<V> running = loading.putIfAbsent(key, mine);
        if (running != null) {
            return await(key, running);
        }
        try {
            V value = cache.getIfPresent(key); // a load may have finished between the two looks
            if (value == null) {
                value = loader.load(key);
                if (value == null) {
                    throw new IllegalStateException("the loader returned null for " + ClientText.bounded(key, 80));
                }
                cache.put(key, value);
            }
            mine.complete(value);
            return value;
        } catch (Throwable e) {
            mine.completeExceptionally(e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw failed(key, e);
        } finally {
            loading.remove(key, mine);
        }
    }

    private V await(K key, CompletableFuture<V> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the load of " + ClientText.bounded(key, 80));
        } catch (ExecutionException e) {
            throw failed(key, e.getCause());
        }
    }

    private static PanelException failed(Object key, Throwable cause) {
        return new PanelException("Loading " + ClientText.bounded(key, 80) + " failed: " + cause, cause);
    }

    /** The cached value of {@code key}, without loading it. */
    public Optional<V> getIfPresent(K key) {
        return Optional.ofNullable(cache.getIfPresent(Objects.requireNonNull(key, "key")));
    }

    /** Drops {@code key}; the next {@link #get} loads it again. */
    public void invalidate(K key) {
        cache.invalidate(Objects.requireNonNull(key, "key"));
    }

    /** Drops every entry. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** About how many entries are cached (expired ones may still count until cleaned up). */
    public long estimatedSize() {
        return cache.estimatedSize();
    }

    /** Runs the pending maintenance now (evictions past the size bound, expiry); tests call it before counting. */
    public void cleanUp() {
        cache.cleanUp();
    }
}
