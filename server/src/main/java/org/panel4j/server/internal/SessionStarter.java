package org.panel4j.server.internal;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.AppSession;
import org.panel4j.session.SessionHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a page's session when its first socket connects: spends the page id, takes a slot from the
 * {@link Admission}, runs the app factory and registers the session. Until then a page holds nothing
 * and no app code has run for it. Thread-safe.
 */
final class SessionStarter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStarter.class);

    /**
     * The outcome: the started session, or the HTTP status refusing the upgrade and why.
     *
     * @param live   the started session, null if refused
     * @param status 0 when started, else 403, 429, 503 or 500
     * @param why    for the log
     */
    record Outcome(@Nullable LiveSession live, int status, String why) {}

    private final SessionHost host;
    private final SessionRegistry registry;
    private final Admission admission;
    private final UsedPageIds usedPageIds;
    private final TokenSigner signer;
    private final Drain drain;

    SessionStarter(SessionHost host, SessionRegistry registry, Admission admission, UsedPageIds usedPageIds,
                   TokenSigner signer, Drain drain) {
        this.drain = drain;
        this.host = host;
        this.registry = registry;
        this.admission = admission;
        this.usedPageIds = usedPageIds;
        this.signer = signer;
    }

    /**
     * Starts a session of {@code app} (served at {@code appPath}) for the page {@code page} names, for
     * {@code user} (null: none) at the client address key {@code address}, with the values of the
     * page's URL query {@code location} (see {@link LocationQuery}).
     */
    Outcome start(App app, String appPath, TokenSigner.PageClaim page, String address, @Nullable Principal user,
                  long nowMillis, Map<String, Object> location) {
        if (drain.draining()) {
            // before the page id is spent: the page may open its session on another node
            return new Outcome(null, 503, "the server is draining");
        }
        switch (usedPageIds.claim(page.pageId(), page.expiryMillis(), nowMillis)) {
            case USED -> {
                return new Outcome(null, 403, "the page token has opened a session already");
            }
            case FULL -> {
                return new Outcome(null, 503, "too many pages opened within the token lifetime");
            }
            case CLAIMED -> { }
        }
        Optional<Admission.Refusal> refusal = admission.acquire(address);
        if (refusal.isPresent()) {
            usedPageIds.release(page.pageId()); // it opened nothing: the page may retry while its token lives
            return new Outcome(null, refusal.get().status(), "for " + address + ": " + refusal.get().message());
        }
        AppSession opened;
        try {
            opened = AppSession.open(app, host, user, location);
        } catch (RuntimeException e) {
            admission.release(address);
            LOG.error("The app at {} failed to build its view", appPath, e);
            return new Outcome(null, 500, "the app failed to build its view");
        }
        opened.session().onDestroyed(ended -> admission.release(address));
        return new Outcome(registry.add(opened.session(), appPath, signer.csrf(page.pageId())), 0, "started");
    }
}
