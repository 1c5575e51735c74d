package org.panel4j.server.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.panel4j.server.NodeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's draining (docs/deploy.md, "Draining a node"): once started, {@code /health} answers 503, page
 * requests and new sessions are refused with 503 (the proxy sends them to another node), and every open
 * page is told to move once it has sent nothing for the quiet period. Pages answer {@code moving}, and
 * their socket closes with 4001; the drain is over when no socket shows a session.
 */
final class Drain {

    private static final Logger LOG = LoggerFactory.getLogger(Drain.class);
    private static final Duration ROUND = Duration.ofMillis(50);

    private final SessionRegistry registry;
    private final NodeConfig node;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch over = new CountDownLatch(1);

    Drain(SessionRegistry registry, NodeConfig node) {
        this.registry = registry;
        this.node = node;
    }

    /** True once the node drains: it takes no new pages or sessions. */
    boolean draining() {
        return started.get();
    }

    /** Starts draining (again does nothing); returns at once. */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Draining{}: {} open pages are told to move", node.nodeId().map(id -> " node " + id).orElse(""),
                registry.socketCount());
        Thread.ofVirtual().name("panel4j-drain").start(this::run);
    }

    /** Waits until no socket shows a session, at most {@code timeout}; true if none does. */
    boolean await(Duration timeout) throws InterruptedException {
        return over.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void run() {
        long quiet = node.quietPeriod().toNanos();
        try {
            while (registry.socketCount() > 0) {
                long now = System.nanoTime();
                registry.forEachLive((live, socket) -> {
                    if (live.toldToMove != socket && now - live.lastInputNanos >= quiet) {
                        live.toldToMove = socket;
                        Thread.ofVirtual().start(socket::tellToMove); // a slow socket delays only itself
                    }
                });
                Thread.sleep(ROUND);
            }
            LOG.info("Drained: no page is open any more");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            over.countDown();
        }
    }
}
