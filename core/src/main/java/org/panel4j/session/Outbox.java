package org.panel4j.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.internal.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's outbound side: coalesces pending changes (one entry per key, last value wins) and
 * flushes them to the client sink, one batch at a time, from one of the host's {@link FlushLane}s: the
 * own lane, or the fan-out lane for changes made for many sessions at once. A flush drains while holding
 * the session lock, so what a sync callback changes arrives as one batch after it returns; it sends
 * without the lock and without waiting for the write (the write's completion carries the flush on),
 * so a slow client holds up nobody, and its changes coalesce until its write is done.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_PENDING_NOTIFICATIONS = 100;
    private static final int IDLE = 0;
    private static final int QUEUED_FAN_OUT = 1;
    private static final int QUEUED_OWN = 2;
    private static final int FLUSHING = 3;

    private final ReentrantLock sessionLock;
    private final String sessionName;
    private final FlushLane ownLane;
    private final FlushLane fanOutLane;
    private final ReentrantLock entriesLock = new ReentrantLock();
    private final LinkedHashMap<Object, Pending> entries = new LinkedHashMap<>();
    private final Map<Object, Long> acks = new ConcurrentHashMap<>();
    /**
     * Entries frozen at a lock release (their values read then), not yet sent; older than every entry in
     * {@code entries}; coalesced by key like them, so bounded the same way. Guarded by entriesLock.
     */
    private final LinkedHashMap<Object, Pending> ready = new LinkedHashMap<>();
    /** Who owns the flush: nobody, a lane's queue (which one), or a thread flushing or awaiting a write. */
    private final AtomicInteger flushState = new AtomicInteger(IDLE);
    private final AtomicInteger holds = new AtomicInteger();
    /**
     * A fan-out entry that reads its value when sent and still waits in {@code entries}, or null: adding it
     * again changes nothing, so {@link #add} skips the lock for it. Written under entriesLock; cleared before
     * entries are taken and their values read, so an add that still sees it set has its value read by that
     * flush (the value and this field are volatile: the setter writes the value, then reads this; the flush
     * clears this, then reads the value).
     */
    private volatile @Nullable Pending waitingFanOut;
    /** Numbers the batches of the current connection; a new one per connection. Written under entriesLock. */
    private volatile AtomicLong sequence = new AtomicLong();
    private final AtomicLong notificationKeys = new AtomicLong();
    private volatile ClientSink sink;
    private volatile boolean closed;
    private int pendingNotifications;
    private int readyNotifications;

    Outbox(ReentrantLock sessionLock, String sessionName, FlushLane ownLane, FlushLane fanOutLane) {
        this.sessionLock = sessionLock;
        this.sessionName = sessionName;
        this.ownLane = ownLane;
        this.fanOutLane = fanOutLane;
    }

    /**
     * Queues a change; {@code fanOut} says it was made for many sessions at once, so the host's fan-out
     * lane flushes it instead of the own lane.
     */
    void add(Pending pending, boolean fanOut) {
        if (closed) {
            return;
        }
        if (fanOut && waitingFanOut == pending) {
            scheduleFlush(true); // still waiting: the next flush reads the value just set
            return;
        }
        entriesLock.lock();
        try {
            Pending merged = entries.merge(pending.key(), pending, (older, newer) -> newer.mergeAfter(older));
            waitingFanOut = fanOut && merged == pending && pending.readsWhenSent() ? pending : null;
        } finally {
            entriesLock.unlock();
        }
        scheduleFlush(fanOut);
    }

    /** Queues a notification; returns its number, or 0 when too many are pending and it was dropped. */
    long addNotification(Notification notification) {
        if (!countNotification(() -> ClientText.bounded(notification.message(), 200))) {
            return 0;
        }
        long key = notificationKeys.incrementAndGet();
        add(new NotificationEntry(key, notification), false);
        return key;
    }

    /** Queues the removal of notification {@code id} (0: all), bounded like notifications. */
    void addDismissal(long id) {
        if (countNotification(() -> "dismissal of " + id)) {
            add(new DismissEntry(notificationKeys.incrementAndGet(), id), false);
        }
    }

    /** Counts one more pending notification; false, with a WARN naming {@code what}, when too many are pending. */
    private boolean countNotification(Supplier<String> what) {
        entriesLock.lock();
        try {
            if (pendingNotifications + readyNotifications >= MAX_PENDING_NOTIFICATIONS) {
                LOG.warn("Session {}: notification dropped, {} already pending: {}", sessionName, pendingNotifications, what.get());
                return false;
            }
            pendingNotifications++;
            return true;
        } finally {
            entriesLock.unlock();
        }
    }

    void recordAck(Object key, long clientSeq) {
        acks.merge(key, clientSeq, Math::max);
    }

    void hold() {
        holds.incrementAndGet();
    }

    void release() {
        if (holds.decrementAndGet() == 0) {
            scheduleFlush(false);
        }
    }

    /** Starts sending to {@code newSink}; what was pending is dropped (the caller sends a full snapshot). */
    void connect(ClientSink newSink) {
        entriesLock.lock();
        try {
            waitingFanOut = null;
            entries.clear();
            ready.clear();
            pendingNotifications = 0;
            readyNotifications = 0;
            sequence = new AtomicLong();
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
            waitingFanOut = null;
            entries.clear();
            ready.clear();
        } finally {
            entriesLock.unlock();
        }
    }

    /**
     * Called holding the session lock just before its outermost release: freezes the pending changes
     * (values and acks read now, atomically) for the flusher, which then needs no lock to send them.
     */
    void snapshotBeforeUnlock() {
        if (closed || sink == null || holds.get() > 0) {
            return;
        }
        entriesLock.lock();
        try {
            if (entries.isEmpty()) {
                return;
            }
            waitingFanOut = null; // before the values are read: see the field
            for (Pending pending : entries.values()) {
                Pending frozen = pending.freeze(acks.getOrDefault(pending.key(), 0L));
                ready.merge(frozen.key(), frozen, (older, newer) -> newer.mergeAfter(older));
            }
            entries.clear();
            readyNotifications += pendingNotifications;
            pendingNotifications = 0;
        } finally {
            entriesLock.unlock();
        }
        scheduleFlush(false);
    }

    /** True when nothing waits to be sent and no flush is under way. */
    boolean isQuiet() {
        entriesLock.lock();
        try {
            return ((entries.isEmpty() && ready.isEmpty()) || sink == null) && flushState.get() == IDLE;
        } finally {
            entriesLock.unlock();
        }
    }

    /** How many entries wait to be sent, live and frozen (each coalesced by key). */
    int pendingCount() {
        entriesLock.lock();
        try {
            return entries.size() + ready.size();
        } finally {
            entriesLock.unlock();
        }
    }

    /** True when no flush is queued or under way (changes may wait, e.g. held): a state tests wait for. */
    boolean flushIdle() {
        return flushState.get() == IDLE;
    }

    /**
     * Makes sure a lane will flush. A change of the session's own finding the outbox still queued behind a
     * fan-out burst moves it to the own lane (the fan-out lane's entry goes stale), so a click's answer
     * never waits for a thousand other sessions' flushes.
     */
    private void scheduleFlush(boolean fanOut) {
        if (sink == null || holds.get() > 0) {
            return;
        }
        if (fanOut && flushState.get() != IDLE) {
            return; // queued or flushing already: that flush sends this change (no write to a line the lane reads)
        }
        if (flushState.compareAndSet(IDLE, fanOut ? QUEUED_FAN_OUT : QUEUED_OWN)) {
            (fanOut ? fanOutLane : ownLane).submit(this);
        } else if (!fanOut && flushState.compareAndSet(QUEUED_FAN_OUT, QUEUED_OWN)) {
            ownLane.submit(this);
        }
    }

    /** Flushes on a thread of its own that waits for the session lock, which the lanes never do. */
    private void startWaitingFlusher() {
        Threads.startVirtual("panel4j-flush-waiting", () -> flush(null));
    }

    /**
     * Called by {@code lane} for an entry of its queue: flushes unless the entry is stale (another lane's
     * entry got there first), sending batches and never waiting for a lock.
     */
    void flushFromLane(FlushLane lane) {
        int state;
        while ((state = flushState.get()) == QUEUED_FAN_OUT || state == QUEUED_OWN) {
            if (flushState.compareAndSet(state, FLUSHING)) {
                flush(lane);
                return;
            }
        }
    }

    /**
     * Sends batches; the caller owns the flush. On a lane, a session lock held with nothing snapshotted
     * hands the flush to a thread that waits for it, and once other outboxes wait for the lane what is
     * left goes to the back of the own lane, so a busy session takes turns with the others. Off a lane
     * (a thread of its own) it goes on until nothing is left or a write is pending.
     */
    private void flush(@Nullable FlushLane lane) {
        while (true) {
            Outgoing next;
            try {
                next = sink == null || holds.get() > 0 || closed ? Outgoing.NOTHING : drain(lane == null);
            } catch (RuntimeException | Error e) {
                flushState.set(IDLE); // this thread owns the flush: give it up, so the next change flushes again
                throw e;
            }
            if (next == null) {
                startWaitingFlusher();
                return;
            }
            if (next.ops().isEmpty()) {
                if (releaseFlush()) {
                    continue;
                }
                return;
            }
            if (!send(next) || !releaseFlush()) {
                return;
            }
            if (lane != null && lane.hasWaiting()) {
                flushState.set(QUEUED_OWN);
                ownLane.submit(this);
                return;
            }
        }
    }

    /**
     * Sends one batch; returns true when its write is over (done or failed), false when it is still under
     * way, in which case its completion carries the flush on.
     */
    private boolean send(Outgoing next) {
        ClientSink target = next.target();
        CompletableFuture<?> written;
        try {
            written = target.send(new Batch(next.sequence().incrementAndGet(), next.ops())).toCompletableFuture();
        } catch (RuntimeException e) {
            failed(target, e);
            return true;
        }
        if (!written.isDone()) {
            written.whenComplete((ignored, error) -> afterWrite(target, error));
            return false;
        }
        if (written.isCompletedExceptionally()) {
            failed(target, written.exceptionNow());
        }
        return true;
    }

    /**
     * A write completed later, on the sink's thread: what is left goes on on a thread of its own, since
     * a session whose writes pend is a busy one (its setter often holds the lock a lane would not wait for).
     */
    private void afterWrite(ClientSink target, @Nullable Throwable error) {
        if (error != null) {
            failed(target, error);
        }
        if (releaseFlush()) {
            startWaitingFlusher();
        }
    }

    private void failed(ClientSink target, Throwable error) {
        LOG.info("Session {}: sending to the client failed, it will resync on reconnect: {}", sessionName,
                error.toString());
        disconnect(target);
    }

    /** Gives up owning the flush; returns true if there was more work and the caller owns it again. */
    private boolean releaseFlush() {
        flushState.set(IDLE);
        return hasWork() && flushState.compareAndSet(IDLE, FLUSHING);
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
     * thread holds that lock, only what was snapshotted at earlier releases (never waiting behind it);
     * null if there is none of that and {@code wait} is false.
     */
    private @Nullable Outgoing drain(boolean wait) {
        boolean interrupted = false;
        while (!sessionLock.tryLock()) {
            // another thread holds the lock: send what earlier releases snapshotted, else look again soon
            // (blocking in lock() would queue this flusher behind the next lock holder, for as long as it runs)
            Outgoing snapshotted = takeReady();
            if (!snapshotted.ops().isEmpty()) {
                return snapshotted;
            }
            if (!wait) {
                return null;
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
            // holding the lock, current values are consistent: fold the live entries into the frozen ones
            entriesLock.lock();
            try {
                waitingFanOut = null; // before takeReady reads the values: see the field
                for (Pending pending : entries.values()) {
                    ready.merge(pending.key(), pending, (older, newer) -> newer.mergeAfter(older));
                }
                entries.clear();
                readyNotifications += pendingNotifications;
                pendingNotifications = 0;
            } finally {
                entriesLock.unlock();
            }
            return takeReady();
        } finally {
            sessionLock.unlock();
        }
    }

    /**
     * Turns the frozen (and, under the lock, live) entries into ops, in the order first made, for the
     * connection they were pending for.
     */
    private Outgoing takeReady() {
        List<Pending> taken;
        ClientSink target;
        AtomicLong connectionSequence;
        entriesLock.lock();
        try {
            target = sink;
            if (target == null || ready.isEmpty()) {
                return Outgoing.NOTHING; // without a client they wait: a reconnect replaces them with a snapshot
            }
            connectionSequence = sequence;
            taken = new ArrayList<>(ready.values());
            ready.clear();
            readyNotifications = 0;
        } finally {
            entriesLock.unlock();
        }
        List<Op> ops = new ArrayList<>(taken.size());
        for (Pending pending : taken) {
            ops.addAll(pending.toOps(acks.getOrDefault(pending.key(), 0L)));
        }
        return new Outgoing(target, connectionSequence, ops);
    }

    /**
     * Ops taken for one connection, numbered from its own counter: a reconnect while they are on their way
     * must not send them to the new client, which gets a full snapshot instead.
     */
    private record Outgoing(ClientSink target, AtomicLong sequence, List<Op> ops) {
        static final Outgoing NOTHING = new Outgoing(ClientSink.discarding(), new AtomicLong(), List.of());
    }

    private record NotificationEntry(Long key, Notification notification) implements Pending {
        @Override
        public Op toOp(long ack) {
            return new Op.Notify(key, notification.level(), notification.message(), notification.duration().toMillis());
        }
    }

    /** Keyed by its own number (not the dismissed one's), so a dismissal never replaces a notification. */
    private record DismissEntry(Long key, long id) implements Pending {
        @Override
        public Op toOp(long ack) {
            return new Op.Dismiss(id);
        }
    }
}
