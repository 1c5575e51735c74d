package org.panel4j.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's client input: the components its client may address, and the values and events the client
 * sends them, applied holding the session lock; refused input is logged (throttled) when a page should not
 * have sent it.
 */
final class ClientInput {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class); // as before the split: operators filter on it

    private final SessionCoreImpl core;
    private final Map<String, ClientTarget> targets = new ConcurrentHashMap<>();
    private final LogThrottle inputLog = new LogThrottle();

    ClientInput(SessionCoreImpl core) {
        this.core = core;
    }

    void register(ClientTarget target) {
        targets.put(target.id(), target);
    }

    void unregister(ClientTarget target) {
        targets.remove(target.id(), target);
    }

    void clear() {
        targets.clear();
    }

    void applyClientValue(String componentId, String prop, Object value, long clientSeq) {
        ClientTarget target = target(componentId);
        core.lock();
        try {
            if (target.hasProperty(prop)) { // never keep an ack for a name the client made up
                core.outbox().recordAck(new PropKey(componentId, prop), clientSeq);
            }
            target.applyClientValue(core.session(), prop, value);
        } catch (ClientInputException e) {
            logRefused(e, componentId);
            throw e;
        } finally {
            core.unlock();
        }
    }

    void applyClientEvent(String componentId, String event, Map<String, Object> payload) {
        ClientTarget target = target(componentId);
        core.lock();
        try {
            target.applyClientEvent(core.session(), event, payload);
        } catch (ClientInputException e) {
            logRefused(e, componentId);
            throw e;
        } finally {
            core.unlock();
        }
    }

    /** Logs input refused for a disabled or invisible component (a page should not send it), throttled. */
    private void logRefused(ClientInputException e, String componentId) {
        if (e.code() == ClientInputException.Code.NOT_ALLOWED) {
            inputLog.log("not_allowed", more -> LOG.warn("Session {}: {} ({}){}", core.session().shortId(),
                    e.getMessage(), componentId, LogThrottle.more(more)));
        }
    }

    private ClientTarget target(String componentId) {
        if (core.isDestroyed()) {
            throw new ClientInputException(ClientInputException.Code.SESSION_ENDED,
                    "Session " + core.session().shortId() + " has ended");
        }
        ClientTarget target = targets.get(componentId);
        if (target == null) {
            throw new ClientInputException(ClientInputException.Code.UNKNOWN_COMPONENT,
                    "Unknown component '" + ClientText.bounded(componentId) + "'");
        }
        return target;
    }
}
