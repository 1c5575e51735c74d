package org.panel4j.table;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.ToIntFunction;

/**
 * Results of recent work (filter matches, sort orders) shared by every query: at most
 * {@code maxBytes} of them by weight in a Caffeine cache, and each computed once however many
 * callers ask for it at the same time. A caller waiting for another's computation waits
 * interruptibly; if the computing caller is interrupted, a waiter computes it itself.
 */
final class SharedResults {

    /** Work that may be interrupted. */
    interface Work<T> {
        T compute() throws InterruptedException;
    }

    private final Cache<Object, Object> done;
    private final ConcurrentHashMap<Object, CompletableFuture<Object>> running = new ConcurrentHashMap<>();

    SharedResults(long maxBytes, ToIntFunction<Object> weigher) {
        this.done = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Object key, Object value) -> weigher.applyAsInt(value))
                .build();
    }

    /** The cached result for {@code key}, computing it (or waiting for whoever is) if there is none. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Work<T> work) throws InterruptedException {
        while (true) {
            Object hit = done.getIfPresent(key);
            if (hit != null) {
                return (T) hit;
            }
            CompletableFuture<Object> mine = new CompletableFuture<>();
            CompletableFuture<Object> other = running.putIfAbsent(key, mine);
            if (other != null) {
                try {
                    return (T) other.get();
                } catch (CancellationException e) {
                    continue; // its caller was interrupted: try again, maybe computing it here
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            try {
                T value = work.compute();
                done.put(key, value);
                mine.complete(value);
                return value;
            } catch (InterruptedException | RuntimeException | Error e) {
                if (e instanceof InterruptedException) {
                    mine.cancel(false);
                } else {
                    mine.completeExceptionally(e);
                }
                throw e;
            } finally {
                running.remove(key, mine);
            }
        }
    }

    /** Forgets every result (tests and benchmarks measuring cold queries). */
    void clear() {
        done.invalidateAll();
    }
}
