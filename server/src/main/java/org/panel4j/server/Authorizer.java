package org.panel4j.server;

import java.security.Principal;

/**
 * Decides whether an authenticated user may open one app; set per app path with
 * {@link ServerConfig.Builder#authorize}. Asked on the page request and on the socket upgrade
 * (a refusal is 403 on both). Must be thread-safe.
 *
 * {@snippet :
 * config.authorize("/admin", user -> user.getName().equals("alice"));
 * }
 */
@FunctionalInterface
public interface Authorizer {

    /** Whether {@code user} may open the app. */
    boolean allows(Principal user) throws Exception;
}
