package org.panel4j.param;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Session;

/**
 * An object with declared {@link Param parameters} (Param's {@code Parameterized}). Subclasses declare
 * them in field initializers with {@link Param#builder}; no fields are scanned, no annotations read.
 */
public abstract class Parameterized {

    private final List<Param<?>> params = new CopyOnWriteArrayList<>();
    private final ReentrantLock writeLock = new ReentrantLock();

    /** For subclasses. */
    protected Parameterized() {}

    /**
     * The short lock that makes each of this object's parameter swaps and updates atomic (one per
     * object, not per parameter, to keep sessions small). Never held while watchers run; subclasses may
     * use it for short bookkeeping of their own that never blocks.
     */
    protected final ReentrantLock writeLock() {
        return writeLock;
    }

    void register(Param<?> param) {
        for (Param<?> existing : params) {
            if (existing.name().equals(param.name())) {
                throw new IllegalArgumentException(label() + " already declares a parameter '" + param.name() + "'");
            }
        }
        params.add(param);
    }

    /** The declared parameters, in declaration order. */
    public List<Param<?>> params() {
        return List.copyOf(params);
    }

    /** The parameter named {@code name}, if declared. */
    public Optional<Param<?>> param(String name) {
        Objects.requireNonNull(name, "name");
        for (Param<?> param : params) {
            if (param.name().equals(name)) {
                return Optional.of(param);
            }
        }
        return Optional.empty();
    }

    /** The name used in messages, e.g. {@code "IntSlider"}. */
    public String label() {
        return getClass().getSimpleName();
    }

    /**
     * The session whose lock this object's watchers run under when they name none: for a component,
     * the one session it is shown in (none when shown in several or none). Null here.
     */
    public @Nullable Session session() {
        return null;
    }

    /** Called after a parameter's value changed or was triggered, before watchers run; a no-op here. */
    protected void onParamChanged(Param<?> param) {}

    /** Sets a read-only parameter of this object from server code (validation and watchers as usual). */
    protected final <T> void setByOwner(Param<T> param, @Nullable T value) {
        setByOwner(param, value, Origin.SERVER, null);
    }

    /**
     * Sets a read-only parameter of this object, saying where the change came from; {@code session}
     * is the session of a client change, given to watchers.
     */
    protected final <T> void setByOwner(Param<T> param, @Nullable T value, Origin origin, @Nullable Session session) {
        if (param.owner() != this) {
            throw new IllegalArgumentException(param.label() + " does not belong to " + label());
        }
        param.setByOwner(value, origin, session);
    }
}
