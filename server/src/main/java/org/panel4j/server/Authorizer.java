package org.panel4j.server;

import java.security.Principal;
import java.util.Objects;

/**
 * Decides whether an authenticated user may open one app; set per app path with
 * {@link ServerConfig.Builder#authorize}. Asked on the page request and on the socket upgrade
 * (a refusal is 403 on both). Must be thread-safe.
 *
 * {@snippet :
 * config.authorize("/admin", user -> user.getName().equals("alice"));
 * config.authorize("/reports", Authorizer.inGroup("finance"));
 * }
 */
@FunctionalInterface
public interface Authorizer {

    /** Whether {@code user} may open the app. */
    boolean allows(Principal user) throws Exception;

    /** Allows the users that are a {@link User} of {@code group} (e.g. from an OpenID Connect groups claim). */
    static Authorizer inGroup(String group) {
        Objects.requireNonNull(group, "group");
        return user -> user instanceof User known && known.groups().contains(group);
    }
}
