package org.panel4j.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's outbound side: coalesces pending changes (one entry per key, last value wins) and
 * flushes them to the client sink from one virtual thread at a time. A flush drains while holding
 * the session lock, so what a sync callback changes arrives as one batch after it returns; it sends
 * without the lock, so a slow client blocks nobody but its own flusher.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_PENDING_NOTIFICATIONS = 100;

    private final ReentrantLock sessionLock;
    private final String sessionName;
    private final ReentrantLock entriesLock = new ReentrantLock();
    private final LinkedHashMap<Object, Pending> entries = new LinkedHashMap<>();
    private final Map<Object, Long> acks = new ConcurrentHashMap<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final AtomicInteger holds = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong notificationKeys = new AtomicLong();
    private volatile ClientSink sink;
    private volatile boolean closed;
    private int pendingNotifications;

    Outbox(ReentrantLock sessionLock, String sessionName) {
        this.sessionLock = sessionLock;
        this.sessionName = sessionName;
    }

    void add(Pending pending) {
        if (closed) {
            return;
        }
        entriesLock.lock();
        try {
            entries.merge(pending.key(), pending, (older, newer) -> newer.mergeAfter(older));
        } finally {
            entriesLock.unlock();
        }
        scheduleFlush();
    }

    void addNotification(Notification notification) {
        entriesLock.lock();
        try {
            if (pendingNotifications >= MAX_PENDING_NOTIFICATIONS) {
                LOG.warn("Session {}: notification dropped, {} already pending: {}", sessionName,
                        pendingNotifications, notification.message());
                return;
            }
            pendingNotifications++;
        } finally {
            entriesLock.unlock();
        }
        long key = notificationKeys.incrementAndGet();
        add(new NotificationEntry(key, notification));
    }

    void recordAck(Object key, long clientSeq) {
        acks.merge(key, clientSeq, Math::max);
    }

    void hold() {
        holds.incrementAndGet();
    }

    void release() {
        if (holds.decrementAndGet() == 0) {
            scheduleFlush();
        }
    }

    /** Starts sending to {@code newSink}; what was pending is dropped (the caller sends a full snapshot). */
    void connect(ClientSink newSink) {
        entriesLock.lock();
        try {
            entries.clear();
            pendingNotifications = 0;
            sequence.set(0);
            acks.clear(); // client seqs restart per connection: an old ack would defeat the echo rule
            sink = newSink;
        } finally {
            entriesLock.unlock();
        }
    }

    /** Stops sending to {@code oldSink} if it is the current one; changes keep coalescing meanwhile. */
    void disconnect(ClientSink oldSink) {
        entriesLock.lock();
        try {
            if (sink == oldSink) {
                sink = null;
            }
        } finally {
            entriesLock.unlock();
        }
    }

    void close() {
        closed = true;
        sink = null;
        entriesLock.lock();
        try {
            entries.clear();
        } finally {
            entriesLock.unlock();
        }
    }

    /** True when nothing waits to be sent and no flush is under way. */
    boolean isQuiet() {
        entriesLock.lock();
        try {
            return (entries.isEmpty() || sink == null) && !flushScheduled.get();
        } finally {
            entriesLock.unlock();
        }
    }

    private void scheduleFlush() {
        if (sink != null && holds.get() == 0 && flushScheduled.compareAndSet(false, true)) {
            Thread.ofVirtual().name("panel4j-flush").start(this::flushLoop);
        }
    }

    private void flushLoop() {
        while (true) {
            ClientSink target = sink;
            List<Op> ops = target == null || holds.get() > 0 || closed ? List.of() : drain();
            if (ops.isEmpty()) {
                flushScheduled.set(false);
                if (!hasWork() || !flushScheduled.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                target.send(new Batch(sequence.incrementAndGet(), ops));
            } catch (Exception e) {
                LOG.warn("Session {}: sending to the client failed, it will resync on reconnect: {}",
                        sessionName, e.toString());
                disconnect(target);
            }
        }
    }

    private boolean hasWork() {
        entriesLock.lock();
        try {
            return !entries.isEmpty() && sink != null && holds.get() == 0 && !closed;
        } finally {
            entriesLock.unlock();
        }
    }

    private List<Op> drain() {
        List<Pending> drained;
        sessionLock.lock();
        try {
            entriesLock.lock();
            try {
                drained = new ArrayList<>(entries.values());
                entries.clear();
                pendingNotifications = 0;
            } finally {
                entriesLock.unlock();
            }
            List<Op> ops = new ArrayList<>(drained.size());
            for (Pending pending : drained) {
                ops.addAll(pending.toOps(acks.getOrDefault(pending.key(), 0L)));
            }
            return ops;
        } finally {
            sessionLock.unlock();
        }
    }

    private record NotificationEntry(Long key, Notification notification) implements Pending {
        @Override
        public Op toOp(long ack) {
            return new Op.Notify(notification.level(), notification.message());
        }
    }
}
