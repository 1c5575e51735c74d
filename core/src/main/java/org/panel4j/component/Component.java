package org.panel4j.component;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;
import org.panel4j.param.Parameterized;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;
import org.panel4j.session.ClientTarget;
import org.panel4j.session.Node;
import org.panel4j.session.Op;
import org.panel4j.session.Pending;
import org.panel4j.session.PropKey;
import org.panel4j.session.Renderable;
import org.panel4j.session.Session;
import org.panel4j.session.internal.SessionCore;

/**
 * The base of every widget, pane and layout. It has a stable id, the common parameters
 * ({@code visible}, {@code loading}, {@code width}, {@code height}, {@code sizingMode},
 * {@code cssClasses}), and knows which sessions show it, so a change reaches each of them.
 * A component shown in several sessions (a global) updates all of them. Thread-safe.
 */
public abstract class Component extends Parameterized implements Renderable, ClientTarget {

    private static final SecureRandom IDS = new SecureRandom();

    private final String id = newId();
    private final Viewers viewers = new Viewers(); // written holding writeLock()
    private volatile @Nullable Map<Param<?>, Pending> pendings; // created at the first change shown
    private List<Component> attachedChildren = List.of();

    private final Param<Boolean> visible = Param.builder(this, "visible", Boolean.class).value(true)
            .doc("Whether the component is shown.").build();
    private final Param<Boolean> loading = Param.builder(this, "loading", Boolean.class).value(false)
            .doc("Whether a loading overlay covers the component.").build();
    private final Param<Integer> width = Param.builder(this, "width", Integer.class).nullable()
            .check(v -> v < 0 ? "must be at least 0" : null).doc("Width in pixels, or null for automatic.").build();
    private final Param<Integer> height = Param.builder(this, "height", Integer.class).nullable()
            .check(v -> v < 0 ? "must be at least 0" : null).doc("Height in pixels, or null for automatic.").build();
    private final Param<SizingMode> sizingMode = Param.builder(this, "sizingMode", SizingMode.class).nullable()
            .doc("How the component sizes itself; null for the layout's default.").build();
    private final Param<List<String>> cssClasses = Param.<List<String>>builder(this, "cssClasses")
            .value(List.of()).toWire(v -> v).doc("Extra CSS classes on the component's element.").build();

    /** For subclasses. */
    protected Component() {}

    private static String newId() {
        var bytes = new byte[6];
        IDS.nextBytes(bytes);
        return "c" + HexFormat.of().formatHex(bytes);
    }

    /** The stable id the browser addresses this component by. */
    @Override
    public final String id() {
        return id;
    }

    /** The view type the browser renders this component with; the simple class name by default. */
    public String viewType() {
        return getClass().getSimpleName();
    }

    /**
     * The components directly inside this one; none by default. Containers return the current value
     * of a parameter (the same list instance until it changes), so attachment follows every change.
     */
    public List<Component> children() {
        return List.of();
    }

    /** The first component of {@code type} in this tree (this one included), depth first. */
    public <T extends Component> Optional<T> find(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (type.isInstance(this)) {
            return Optional.of(type.cast(this));
        }
        for (Component child : children()) {
            Optional<T> found = child.find(type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    // ---- common parameters ------------------------------------------------------------------

    /** Whether the component is shown. */
    public boolean isVisible() {
        return visible.get();
    }

    /** Shows or hides the component. */
    public void setVisible(boolean value) {
        visible.set(value);
    }

    /** The {@code visible} parameter. */
    public Param<Boolean> visibleProperty() {
        return visible;
    }

    /** Whether a loading overlay covers the component. */
    public boolean isLoading() {
        return loading.get();
    }

    /** Shows or hides the loading overlay. */
    public void setLoading(boolean value) {
        loading.set(value);
    }

    /** The {@code loading} parameter. */
    public Param<Boolean> loadingProperty() {
        return loading;
    }

    /** The width in pixels, or null for automatic. */
    public @Nullable Integer getWidth() {
        return width.get();
    }

    /** Sets the width in pixels (null for automatic). @throws IllegalArgumentException if negative */
    public void setWidth(@Nullable Integer pixels) {
        width.set(pixels);
    }

    /** The height in pixels, or null for automatic. */
    public @Nullable Integer getHeight() {
        return height.get();
    }

    /** Sets the height in pixels (null for automatic). @throws IllegalArgumentException if negative */
    public void setHeight(@Nullable Integer pixels) {
        height.set(pixels);
    }

    /** How the component sizes itself, or null for the layout's default. */
    public @Nullable SizingMode getSizingMode() {
        return sizingMode.get();
    }

    /** Sets how the component sizes itself (null for the layout's default). */
    public void setSizingMode(@Nullable SizingMode mode) {
        sizingMode.set(mode);
    }

    /** The extra CSS classes on the component's element. */
    public List<String> getCssClasses() {
        return cssClasses.get();
    }

    /** Sets the extra CSS classes on the component's element. */
    public void setCssClasses(List<String> classes) {
        cssClasses.set(List.copyOf(classes));
    }

    /** The {@code width} parameter (pixels, null for automatic). */
    public Param<Integer> widthProperty() {
        return width;
    }

    /** The {@code height} parameter (pixels, null for automatic). */
    public Param<Integer> heightProperty() {
        return height;
    }

    /** The {@code sizingMode} parameter. */
    public Param<SizingMode> sizingModeProperty() {
        return sizingMode;
    }

    /** The {@code cssClasses} parameter. */
    public Param<List<String>> cssClassesProperty() {
        return cssClasses;
    }

    /** Sets width and height in pixels; returns this for chaining. */
    public Component size(@Nullable Integer widthPx, @Nullable Integer heightPx) {
        width.set(widthPx);
        height.set(heightPx);
        return this;
    }

    /** Sets the sizing mode; returns this for chaining. */
    public Component sizingMode(@Nullable SizingMode mode) {
        sizingMode.set(mode);
        return this;
    }

    // ---- sessions -----------------------------------------------------------------------------

    /** The one session showing this component, or null if it is shown in none or in several. */
    @Override
    public @Nullable Session session() {
        return viewers.single();
    }

    /** The sessions showing this component, a snapshot. */
    public List<Session> sessions() {
        return List.of(viewers.sessions());
    }

    /** Attaches this component and everything inside it to {@code session}'s view. */
    public void attach(Session session) {
        Objects.requireNonNull(session, "session");
        ReentrantLock lock = writeLock();
        lock.lock();
        try {
            syncChildrenLocked();
            if (viewers.add(session)) {
                SessionCore.of(session).register(this);
            }
            for (Component child : attachedChildren) {
                child.attach(session);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Detaches this component and everything inside it from {@code session}'s view. */
    public void detach(Session session) {
        ReentrantLock lock = writeLock();
        lock.lock();
        try {
            if (viewers.remove(session)) {
                SessionCore.of(session).unregister(this);
            }
            for (Component child : attachedChildren) {
                child.detach(session);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Attaches children that arrived and detaches those that left, in every session showing this. */
    private void syncChildrenLocked() {
        List<Component> now = children();
        if (now == attachedChildren) {
            return;
        }
        Set<Component> before = new HashSet<>(attachedChildren);
        Set<Component> after = new HashSet<>(now);
        for (Session session : viewers.sessions()) {
            for (Component child : now) {
                if (!before.contains(child)) {
                    child.attach(session);
                }
            }
            for (Component child : attachedChildren) {
                if (!after.contains(child)) {
                    child.detach(session);
                }
            }
        }
        attachedChildren = now;
    }

    @Override
    protected void onParamChanged(Param<?> param) {
        if (children() != attachedChildren) {
            ReentrantLock lock = writeLock();
            lock.lock();
            try {
                syncChildrenLocked();
            } finally {
                lock.unlock();
            }
        }
        Session[] shownIn = viewers.sessions();
        if (shownIn.length == 0) {
            return;
        }
        Pending pending = pendingFor(param);
        for (Session session : shownIn) {
            SessionCore.of(session).markDirty(pending, shownIn.length);
        }
    }

    private Pending pendingFor(Param<?> param) {
        Map<Param<?>, Pending> map = pendings;
        if (map == null) {
            ReentrantLock lock = writeLock();
            lock.lock();
            try {
                map = pendings;
                if (map == null) {
                    map = new ConcurrentHashMap<>(4);
                    pendings = map;
                }
            } finally {
                lock.unlock();
            }
        }
        return map.computeIfAbsent(param, p -> new PropPending(new PropKey(id, p.name()), p));
    }

    // ---- the wire ---------------------------------------------------------------------------

    /** Snapshots this component and its children with their current values. */
    @Override
    public Node toNode() {
        var props = new LinkedHashMap<String, Object>();
        for (Param<?> param : params()) {
            props.put(param.name(), param.wireValue());
        }
        return new Node(id, viewType(), props);
    }

    /**
     * Applies a value from the browser. The property is resent whatever happens, so the browser
     * either sees its value acknowledged or reverts to the server's.
     */
    @Override
    public void applyClientValue(Session session, String prop, Object value) {
        Param<?> param = param(prop).orElseThrow(
                () -> new ClientInputException(ClientInputException.Code.UNKNOWN_PROPERTY,
                        label() + " has no property '" + ClientText.bounded(prop) + "'"));
        try {
            checkAcceptsInput(prop);
            param.setFromClient(value, session);
        } finally {
            SessionCore.of(session).markDirty(pendingFor(param));
        }
    }

    @Override
    public boolean hasProperty(String prop) {
        return param(prop).isPresent();
    }

    /** Handles a browser event; components without events refuse all. */
    @Override
    public void applyClientEvent(Session session, String event, Map<String, Object> payload) {
        throw new ClientInputException(ClientInputException.Code.UNKNOWN_PROPERTY, label() + " has no event '" + ClientText.bounded(event) + "'");
    }

    /** Refuses input for a component that is not visible; subclasses add their own conditions. */
    protected void checkAcceptsInput(String what) {
        if (!isVisible()) {
            throw new ClientInputException(ClientInputException.Code.NOT_ALLOWED, label() + " is not visible; '" + what + "' ignored");
        }
    }

    @Override
    public String toString() {
        return label() + "#" + id;
    }

    /** A property's current value, read when sent. */
    private record PropPending(PropKey key, Param<?> param) implements Pending {
        @Override
        public boolean readsWhenSent() {
            return true;
        }

        @Override
        public Op toOp(long ack) {
            return new Op.SetProp(key.componentId(), key.prop(), param.wireValue(), ack);
        }

        @Override
        public Pending freeze(long ack) {
            return new FrozenProp(key, new Op.SetProp(key.componentId(), key.prop(), param.wireValue(), ack));
        }
    }

    /** A property's value as it was at a lock release. */
    private record FrozenProp(PropKey key, Op.SetProp op) implements Pending {
        @Override
        public Op toOp(long ack) {
            return op;
        }
    }
}
