package org.panel4j.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Callback;
import org.panel4j.session.LogThrottle;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;
import org.panel4j.session.SharedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value shared by every session on every node (a ticker, a chat room's last line, a maintenance
 * banner): a node-local {@link SharedValue} that Redis keeps in step on all nodes. Made by
 * {@link RedisValues#value}. Sessions bind to it as to a {@code SharedValue} (the same delivery: each
 * session applies it under its lock, newest value wins).
 *
 * <p>Order and loss (docs/deploy.md): Redis numbers every publish; a node applies a value only if its
 * number is above the last one it applied, so values from one publisher arrive in the order published
 * and every node ends with the same, latest value. Values in between may be skipped (a node that was
 * away, or a busy session, sees only the newest). {@link #set} shows the value on this node at once and
 * never waits for Redis; while Redis is away the value is kept and published once it is back. Numbers
 * start from Redis' clock, so they keep growing after Redis restarted and lost its data; the node that
 * published last then publishes its value again.
 *
 * @param <T> the value type, read and written as JSON by Jackson: keep it immutable (a record, a String)
 */
public final class ClusterValue<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterValue.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisValues redis;
    private final String name;
    private final Class<T> type;
    private final SharedValue<T> local;
    private final ReentrantLock lock = new ReentrantLock();
    private final LogThrottle logs = new LogThrottle();
    /** The version of the value applied last (0: none yet). */
    private long applied;
    /** A value set here that Redis has not taken yet (it was away), or null. */
    private @Nullable String unpublished;
    /** The version of this node's last publish (0: none). */
    private long mine;
    /** True when this node published the value applied last: it publishes it again after Redis lost it. */
    private boolean lastWasMine;

    ClusterValue(RedisValues redis, String name, Class<T> type, T initial) {
        this.redis = redis;
        this.name = name;
        this.type = type;
        this.local = SharedValue.of(Objects.requireNonNull(initial, "initial"));
    }

    /** The value's name on Redis. */
    public String name() {
        return name;
    }

    Class<T> type() {
        return type;
    }

    /** The newest value this node knows. */
    public T get() {
        return local.get();
    }

    /** This node's copy, to bind sessions to or read; setting it directly reaches this node only. */
    public SharedValue<T> local() {
        return local;
    }

    /** Binds {@code session} as {@link SharedValue#bind} does: now, then on every change from any node. */
    public Registration bind(Session session, Callback<? super T> apply) {
        return local.bind(session, apply);
    }

    /**
     * Publishes {@code value} (not null) to every node: this node's sessions get it at once, the others
     * through Redis. Returns at once, whether Redis is there or not.
     *
     * @throws IllegalArgumentException if Jackson cannot write it as JSON
     */
    public void set(T value) {
        Objects.requireNonNull(value, "value");
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("shared value '" + name + "' cannot be written as JSON: " + e.getMessage(), e);
        }
        lock.lock();
        try {
            unpublished = json;
        } finally {
            lock.unlock();
        }
        local.set(value);
        publish(json);
    }

    private void publish(String json) {
        redis.publish(name, json).whenComplete((version, error) -> {
            lock.lock();
            try {
                if (error != null) {
                    logs.log("publish failed", more -> LOG.warn("Shared value '{}' not published yet (Redis away: {}); "
                            + "it is sent again once Redis is back{}", name, error.getMessage(), LogThrottle.more(more)));
                    return;
                }
                if (json.equals(unpublished)) {
                    unpublished = null;
                }
                mine = version;
                lastWasMine = version >= applied; // its echo may have come before this answer, or not yet
            } finally {
                lock.unlock();
            }
        });
    }

    /** A message from Redis: "version json". */
    void received(String message) {
        apply(message);
    }

    /** Reads the latest value again (after a reconnect), and publishes what Redis missed. */
    void resync() {
        redis.latest(name).whenComplete((message, error) -> {
            if (error != null) {
                return; // Redis went away again; the next reconnect resyncs
            }
            String again;
            lock.lock();
            try {
                if (message == null && lastWasMine && unpublished == null) {
                    unpublished = currentJson(); // Redis lost its data: the last publisher brings the value back
                }
                again = unpublished;
            } finally {
                lock.unlock();
            }
            if (message != null) {
                apply(message);
            }
            if (again != null) {
                publish(again);
            }
        });
    }

    private @Nullable String currentJson() {
        try {
            return JSON.writeValueAsString(local.get());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void apply(String message) {
        int space = message.indexOf(' ');
        T value;
        long version;
        try {
            version = Long.parseLong(message.substring(0, space));
            value = JSON.readValue(message.substring(space + 1), type);
        } catch (RuntimeException | JsonProcessingException e) {
            logs.log("bad message", more -> LOG.warn("Shared value '{}': a message from Redis was not a {} ({}){}", name,
                    type.getSimpleName(), e.getMessage(), LogThrottle.more(more)));
            return;
        }
        lock.lock();
        try {
            if (version <= applied) {
                return;
            }
            applied = version;
            lastWasMine = version == mine;
            local.set(value);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "ClusterValue[" + name + "=" + local.get() + "]";
    }
}
