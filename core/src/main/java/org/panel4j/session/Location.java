package org.panel4j.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's URL query kept in step with component values (Panel's {@code pn.state.location.sync}).
 * An app declares, while it builds its view, which query parameter mirrors which property:
 * {@code session.location().sync(slider, "n")}. A change of the value then updates the page's URL,
 * Back and Forward set the value again, and a link opened with {@code ?n=7} starts the app with that
 * value, applied before the first view is sent. Only declared parameters are read; each value goes
 * through the same conversion and checks as the client's own input to that property, and a refused
 * one leaves the default and shows a warning. See docs/decisions/0019-url-state.md. Thread-safe.
 */
public final class Location {

    /** The most query text a page hands over when it opens, in characters; more is ignored as a whole. */
    public static final int MAX_QUERY_CHARS = 2048;
    /** The most query parameters a page hands over when it opens; more are ignored as a whole. */
    public static final int MAX_PARAMS = 32;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.~-]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(Location.class);

    private final Session session;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Synced> synced = new LinkedHashMap<>(); // guarded by lock

    private record Synced(ClientTarget target, String prop) {}

    Location(Session session) {
        this.session = session;
    }

    /** Syncs the query parameter {@code name} with {@code target}'s {@code value}; returns this. */
    public Location sync(ClientTarget target, String name) {
        return sync(target, "value", name);
    }

    /**
     * Syncs the query parameter {@code name} with the client-writable property {@code prop} of
     * {@code target}; returns this. Declare it while the app builds its view: the page learns the
     * declarations with the view it is sent.
     *
     * @throws IllegalArgumentException for a name outside {@code [A-Za-z0-9_.~-]{1,64}}, a name
     *         declared already, or a property {@code target} does not have
     */
    public Location sync(ClientTarget target, String prop, String name) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(prop, "prop");
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a query parameter name is 1 to 64 of A-Z a-z 0-9 _ . ~ -, not '" + ClientText.bounded(name) + "'");
        }
        if (!target.hasProperty(prop)) {
            throw new IllegalArgumentException(target + " has no property '" + prop + "'");
        }
        lock.lock();
        try {
            if (synced.size() >= MAX_PARAMS) {
                throw new IllegalArgumentException("at most " + MAX_PARAMS + " query parameters can be synced");
            }
            if (synced.putIfAbsent(name, new Synced(target, prop)) != null) {
                throw new IllegalArgumentException("the query parameter '" + name + "' is synced already");
            }
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** The declared parameters, in declaration order: name to the property it mirrors. */
    public Map<String, PropKey> synced() {
        lock.lock();
        try {
            var result = new LinkedHashMap<String, PropKey>();
            synced.forEach((name, s) -> result.put(name, new PropKey(s.target().id(), s.prop())));
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies the values a page's URL brought (query name to wire value), holding the session lock:
     * undeclared names are ignored; a value the property refuses leaves it as it is and warns the user.
     */
    void restore(Map<String, Object> values) {
        Map<String, Synced> declared;
        lock.lock();
        try {
            declared = new LinkedHashMap<>(synced);
        } finally {
            lock.unlock();
        }
        session.core().lock();
        try {
            declared.forEach((name, s) -> {
                if (!values.containsKey(name)) {
                    return;
                }
                try {
                    s.target().applyClientValue(session, s.prop(), values.get(name));
                } catch (ClientInputException e) {
                    LOG.warn("Session {}: the link's value for '{}' was not used: {}", session.shortId(), name,
                            ClientText.bounded(e.getMessage(), 200));
                    String notice = "The link's value for \u201c" + name + "\u201d was not used: "
                            + ClientText.bounded(e.getMessage(), 200);
                    // a toast is no part of the first view: it is sent once the page has it
                    session.onLoad(loaded -> loaded.notifications().warning(notice));
                }
            });
        } finally {
            session.core().unlock();
        }
    }
}
