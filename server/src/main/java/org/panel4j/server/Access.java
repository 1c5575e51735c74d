package org.panel4j.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may reach what. With an authenticator, every request the server answers must pass it: pages
 * and their socket upgrades, the index, {@code /health}, handler routes and the client's static files;
 * only the routes in {@code publicPaths} answer without credentials. Per app path or handler prefix,
 * an authorizer decides which authenticated users may open it.
 *
 * @param authenticator the authenticator, or null for open access
 * @param authorizers   app path or handler prefix to its rule; routes not named allow every authenticated user
 * @param publicPaths   handler prefixes (and {@code /health}) answered without credentials; a handler there
 *                      still sees the user when valid credentials come anyway
 */
public record Access(@Nullable Authenticator authenticator, Map<String, Authorizer> authorizers, Set<String> publicPaths) {

    /** Copies the collections. */
    public Access {
        authorizers = Collections.unmodifiableMap(new LinkedHashMap<>(authorizers));
        publicPaths = Collections.unmodifiableSet(new LinkedHashSet<>(publicPaths));
    }

    /** Access without public routes. */
    public Access(@Nullable Authenticator authenticator, Map<String, Authorizer> authorizers) {
        this(authenticator, authorizers, Set.of());
    }

    /** The authenticator, if one is configured. */
    public Optional<Authenticator> auth() {
        return Optional.ofNullable(authenticator);
    }

    /** Whether the route at {@code routePath} (a handler prefix or {@code /health}) answers without credentials. */
    public boolean isPublic(String routePath) {
        return publicPaths.contains(routePath);
    }
}
