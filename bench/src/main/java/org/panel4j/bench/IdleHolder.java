package org.panel4j.bench;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A driver process holding idle pages for {@link ScaleScenario}: opens {@code count} {@code /async_click}
 * pages ({@link IdleSocket}s) on {@code port} from loopback address {@code address}, prints
 * {@code HELD count seconds}, and keeps them until its standard input closes. Its own process because a
 * process may hold only as many sockets as its open-file limit allows.
 */
public final class IdleHolder {

    private static final int PARALLEL_OPENS = 32;
    private static final int ATTEMPTS = 3;

    private IdleHolder() {}

    /** {@code port address count}. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        InetAddress local = InetAddress.getByName(args[1]);
        int count = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        var gate = new Semaphore(PARALLEL_OPENS);
        var futures = new ArrayList<Future<IdleSocket>>(count);
        var held = new ArrayList<IdleSocket>(count);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    gate.acquire();
                    try {
                        for (int attempt = 1; ; attempt++) {
                            try {
                                return IdleSocket.open(port, "/async_click", local);
                            } catch (Exception e) {
                                if (attempt >= ATTEMPTS) {
                                    throw e;
                                }
                            }
                        }
                    } finally {
                        gate.release();
                    }
                }));
            }
            for (Future<IdleSocket> f : futures) {
                held.add(f.get());
            }
        }
        System.out.printf("HELD %d %.3f%n", held.size(), (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold until the scenario closes our input
        }
        List.copyOf(held).forEach(IdleSocket::close);
    }
}
