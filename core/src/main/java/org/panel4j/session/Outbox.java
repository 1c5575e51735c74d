package org.panel4j.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
    /** Ops snapshotted at a lock release, not yet sent; older than every entry; guarded by entriesLock. */
    private final LinkedHashMap<Object, Op> ready = new LinkedHashMap<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final AtomicInteger holds = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong notificationKeys = new AtomicLong();
    private volatile ClientSink sink;
    private volatile boolean closed;
    private int pendingNotifications;
    private int readyNotifications;

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
            if (pendingNotifications + readyNotifications >= MAX_PENDING_NOTIFICATIONS) {
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
            ready.clear();
            pendingNotifications = 0;
            readyNotifications = 0;
            sequence.set(0);
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
            ready.clear();
        } finally {
            entriesLock.unlock();
        }
    }

    /**
     * Called holding the session lock just before its outermost release: turns the pending changes into
     * ops (values read now, atomically) for the flusher, which then needs no lock to send them.
     */
    void snapshotBeforeUnlock() {
        if (closed || sink == null || holds.get() > 0) {
            return;
        }
        List<Op> ops = drainEntries();
        if (ops.isEmpty()) {
            return;
        }
        entriesLock.lock();
        try {
            for (Op op : ops) {
                ready.put(keyOf(op), op); // a newer value keeps the key's first position
                if (op instanceof Op.Notify) {
                    readyNotifications++;
                }
            }
        } finally {
            entriesLock.unlock();
        }
        scheduleFlush();
    }

    /** True when nothing waits to be sent and no flush is under way. */
    boolean isQuiet() {
        entriesLock.lock();
        try {
            return ((entries.isEmpty() && ready.isEmpty()) || sink == null) && !flushScheduled.get();
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
            return (!entries.isEmpty() || !ready.isEmpty()) && sink != null && holds.get() == 0 && !closed;
        } finally {
            entriesLock.unlock();
        }
    }

    /**
     * The next batch: everything snapshotted and pending, read holding the session lock; or, while another
     * thread holds that lock, only what was snapshotted at earlier releases (never waiting behind it).
     */
    private List<Op> drain() {
        boolean interrupted = false;
        while (!sessionLock.tryLock()) {
            // another thread holds the lock: send what earlier releases snapshotted, else look again soon
            // (blocking in lock() would queue this flusher behind the next lock holder, for as long as it runs)
            List<Op> snapshotted = takeReady();
            if (!snapshotted.isEmpty()) {
                return snapshotted;
            }
            try {
                if (sessionLock.tryLock(5, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            var combined = new LinkedHashMap<Object, Op>();
            for (Op op : takeReady()) {
                combined.put(keyOf(op), op);
            }
            for (Op op : drainEntries()) {
                combined.put(keyOf(op), op);
            }
            return new ArrayList<>(combined.values());
        } finally {
            sessionLock.unlock();
        }
    }

    private List<Op> takeReady() {
        entriesLock.lock();
        try {
            List<Op> ops = new ArrayList<>(ready.values());
            ready.clear();
            readyNotifications = 0;
            return ops;
        } finally {
            entriesLock.unlock();
        }
    }

    /** Turns the pending entries into ops; the caller holds the session lock. */
    private List<Op> drainEntries() {
        List<Pending> drained;
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
            Op op = pending.toOp(acks.getOrDefault(pending.key(), 0L));
            if (op != null) {
                ops.add(op);
            }
        }
        return ops;
    }

    /** The coalescing key of an op: a property's value coalesces; notifications, streams and patches never do. */
    private static Object keyOf(Op op) {
        return op instanceof Op.SetProp set ? new PropKey(set.id(), set.prop()) : new Object();
    }

    private record NotificationEntry(Long key, Notification notification) implements Pending {
        @Override
        public Op toOp(long ack) {
            return new Op.Notify(notification.level(), notification.message());
        }
    }
}
