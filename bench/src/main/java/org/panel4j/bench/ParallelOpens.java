package org.panel4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Opens many connections for a holder process: at most 32 at once, each tried up to three times. */
final class ParallelOpens {

    private static final int PARALLEL = 32;
    private static final int ATTEMPTS = 3;

    private ParallelOpens() {}

    /** {@code count} results of {@code open}, in order; the first that fails three times throws. */
    static <T> List<T> open(int count, Callable<T> open) throws Exception {
        var gate = new Semaphore(PARALLEL);
        var futures = new ArrayList<Future<T>>(count);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    gate.acquire();
                    try {
                        return withRetries(open);
                    } finally {
                        gate.release();
                    }
                }));
            }
        }
        var opened = new ArrayList<T>(count);
        for (Future<T> future : futures) {
            opened.add(future.get());
        }
        return opened;
    }

    private static <T> T withRetries(Callable<T> open) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return open.call();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
