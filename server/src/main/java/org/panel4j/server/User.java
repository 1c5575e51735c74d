package org.panel4j.server;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * A user known by name, with the groups it belongs to, as {@link BasicAuth} (no groups) or a sign-in
 * such as OpenID Connect (groups from a token claim) authenticates it; {@link Authorizer#inGroup} reads them.
 *
 * @param name   the user name
 * @param groups the groups it belongs to; empty if none
 */
public record User(String name, Set<String> groups) implements Principal {

    /** Validates the name and copies the groups. */
    public User {
        Objects.requireNonNull(name, "name");
        groups = Set.copyOf(groups);
    }

    /** A user without groups. */
    public User(String name) {
        this(name, Set.of());
    }

    @Override
    public String getName() {
        return name;
    }
}
