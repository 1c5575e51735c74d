package org.panel4j.server.internal;

import org.panel4j.server.ErrorKind;
import org.panel4j.server.ServerMetrics;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;

/**
 * A running server's {@link ServerMetrics}: the {@link Counters}, the registry's size, the host's callback
 * counts; the outgoing queue gauges walk the live sessions, each read under its outbox's short lock.
 */
final class EngineMetrics implements ServerMetrics {

    private final Counters counters;
    private final SessionRegistry registry;
    private final SessionHost host;
    private final Drain drain;

    EngineMetrics(Counters counters, SessionRegistry registry, SessionHost host, Drain drain) {
        this.counters = counters;
        this.registry = registry;
        this.host = host;
        this.drain = drain;
    }

    @Override
    public int sessionsOpen() {
        return registry.size();
    }

    @Override
    public long pagesOpened() {
        return counters.pagesOpened.sum();
    }

    @Override
    public long pagesClosed() {
        return counters.pagesClosed.sum();
    }

    @Override
    public long messagesIn() {
        return counters.messagesIn.sum();
    }

    @Override
    public long messagesOut() {
        return counters.messagesOut.sum();
    }

    @Override
    public long outgoingQueued() {
        long sum = 0;
        for (Session session : host.sessions()) {
            sum += SessionCore.of(session).pendingChanges();
        }
        return sum;
    }

    @Override
    public long outgoingQueuedMax() {
        long max = 0;
        for (Session session : host.sessions()) {
            max = Math.max(max, SessionCore.of(session).pendingChanges());
        }
        return max;
    }

    @Override
    public long callbacksRunning() {
        return Math.max(0, host.callbacksRunning()); // an adder's sum may be caught between a decrement and its increment
    }

    @Override
    public long errors(ErrorKind kind) {
        return kind == ErrorKind.CALLBACK ? host.callbackErrors() : counters.errors(kind);
    }

    @Override
    public boolean draining() {
        return drain.draining();
    }
}
