package org.panel4j.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who may open which app: the authenticator every page request and socket upgrade must pass (none:
 * everyone), and per app path the authorizer that decides which authenticated users may open it.
 *
 * @param authenticator the authenticator, or null for open access
 * @param authorizers   app path to its rule; apps not named allow every authenticated user
 */
public record Access(@Nullable Authenticator authenticator, Map<String, Authorizer> authorizers) {

    /** Copies the map. */
    public Access {
        authorizers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(authorizers));
    }

    /** The authenticator, if one is configured. */
    public Optional<Authenticator> auth() {
        return Optional.ofNullable(authenticator);
    }
}
