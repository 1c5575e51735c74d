package org.panel4j.server;

import java.security.Principal;
import java.util.Objects;

/**
 * A user known by name, as {@link BasicAuth} authenticates it.
 *
 * @param name the user name
 */
public record User(String name) implements Principal {

    /** Validates the name. */
    public User {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String getName() {
        return name;
    }
}
