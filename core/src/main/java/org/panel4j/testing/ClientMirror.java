package org.panel4j.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Notification;
import org.panel4j.session.Op;

/**
 * What a browser would hold: every component's properties as last received, the history of each
 * property with arrival times, each column data source's rows, and the notifications shown. Thread-safe.
 */
public final class ClientMirror {

    /**
     * One value as it arrived.
     *
     * @param value    the wire value
     * @param atNanos  {@link System#nanoTime()} when it arrived
     */
    public record Received(@Nullable Object value, long atNanos) {}

    private static final String DATA_SOURCE = "ColumnDataSource";

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Map<String, Object>> props = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, ClientData> data = new HashMap<>();
    private final Map<String, List<Received>> history = new HashMap<>();
    private final List<Batch> batches = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();
    /** The notifications not dismissed, by number (a real page also drops them when their time is up). */
    private final Map<Long, Notification> shown = new LinkedHashMap<>();

    void init(Node root) {
        lock.lock();
        try {
            props.clear();
            types.clear();
            data.clear();
            index(root, System.nanoTime());
        } finally {
            lock.unlock();
        }
    }

    void apply(Batch batch) {
        long at = System.nanoTime();
        lock.lock();
        try {
            batches.add(batch);
            for (Op op : batch.ops()) {
                switch (op) {
                    case Op.SetProp set -> {
                        put(set.id(), set.prop(), set.value(), at);
                        indexValue(set.value(), at);
                        if (DATA_SOURCE.equals(types.get(set.id())) && "data".equals(set.prop())
                                && set.value() instanceof Map<?, ?> map) {
                            data.computeIfAbsent(set.id(), k -> new ClientData()).replace(map);
                        }
                    }
                    case Op.Notify notify -> {
                        notifications.add(new Notification(notify.level(), notify.message(),
                                Duration.ofMillis(notify.durationMs())));
                        shown.put(notify.id(), notifications.getLast());
                    }
                    case Op.Dismiss dismiss -> {
                        if (dismiss.id() == 0) {
                            shown.clear();
                        } else {
                            shown.remove(dismiss.id());
                        }
                    }
                    case Op.StreamRows rows -> {
                        history.computeIfAbsent(rows.id() + "#stream", k -> new ArrayList<>())
                                .add(new Received(rows.columns(), at));
                        ClientData source = data.get(rows.id());
                        if (source != null) {
                            source.stream(rows);
                        }
                    }
                    case Op.PatchRows rows -> {
                        history.computeIfAbsent(rows.id() + "#patch", k -> new ArrayList<>())
                                .add(new Received(rows, at));
                        ClientData source = data.get(rows.id());
                        if (source != null) {
                            source.patch(rows);
                        }
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void index(Node node, long at) {
        types.put(node.id(), node.type());
        node.props().forEach((prop, value) -> {
            put(node.id(), prop, value, at);
            indexValue(value, at);
        });
        if (DATA_SOURCE.equals(node.type()) && node.props().get("data") instanceof Map<?, ?> map) {
            data.computeIfAbsent(node.id(), k -> new ClientData()).replace(map);
        }
    }

    private void indexValue(@Nullable Object value, long at) {
        if (value instanceof Node node) {
            index(node, at);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Node node) {
                    index(node, at);
                }
            }
        }
    }

    private void put(String id, String prop, @Nullable Object value, long at) {
        props.computeIfAbsent(id, k -> new HashMap<>()).put(prop, value);
        history.computeIfAbsent(id + "." + prop, k -> new ArrayList<>()).add(new Received(value, at));
    }

    /** The value of {@code prop} of component {@code id} as last received, or null. */
    public @Nullable Object value(String id, String prop) {
        lock.lock();
        try {
            Map<String, Object> component = props.get(id);
            return component == null ? null : component.get(prop);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the browser holds a value (null included) of {@code prop} of component {@code id}. */
    public boolean holds(String id, String prop) {
        lock.lock();
        try {
            Map<String, Object> component = props.get(id);
            return component != null && component.containsKey(prop);
        } finally {
            lock.unlock();
        }
    }

    /** The names of the properties the browser holds for component {@code id}, in no set order; empty if it knows none. */
    public Set<String> properties(String id) {
        lock.lock();
        try {
            return Set.copyOf(props.getOrDefault(id, Map.of()).keySet());
        } finally {
            lock.unlock();
        }
    }

    /**
     * A copy of the browser's data of column data source {@code id}, with every stream and patch
     * received applied (by the browser's rules, see {@link ClientData}), or null if it knows no such source.
     */
    public @Nullable ClientData data(String id) {
        lock.lock();
        try {
            ClientData source = data.get(id);
            return source == null ? null : source.copy();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the browser knows component {@code id}. */
    public boolean knows(String id) {
        lock.lock();
        try {
            return props.containsKey(id);
        } finally {
            lock.unlock();
        }
    }

    /** Every value of {@code prop} of {@code id} received, in order, with arrival times. */
    public List<Received> history(String id, String prop) {
        lock.lock();
        try {
            return List.copyOf(history.getOrDefault(id + "." + prop, List.of()));
        } finally {
            lock.unlock();
        }
    }

    /** Every batch received since the last connect, in order. */
    public List<Batch> batches() {
        lock.lock();
        try {
            return List.copyOf(batches);
        } finally {
            lock.unlock();
        }
    }

    /** The notifications shown, in order. */
    public List<Notification> notifications() {
        lock.lock();
        try {
            return List.copyOf(notifications);
        } finally {
            lock.unlock();
        }
    }

    /** The notifications the page shows now: received and not dismissed (their time is not counted), in order. */
    public List<Notification> notificationsShown() {
        lock.lock();
        try {
            return List.copyOf(shown.values());
        } finally {
            lock.unlock();
        }
    }
}
