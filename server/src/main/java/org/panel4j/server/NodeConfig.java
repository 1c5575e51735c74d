package org.panel4j.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link PanelServer} runs as one node of several behind a reverse proxy (docs/deploy.md); set
 * through {@link ServerConfig.Builder#nodeId}, {@link ServerConfig.Builder#drainDeadline} and
 * {@link ServerConfig.Builder#drainQuietPeriod}.
 *
 * @param id            the node's name ({@code [a-z0-9-]}, 1 to 32 characters), or null on a lone server;
 *                      a page's socket URL carries it ({@code ?node=…}) so the proxy routes the socket to
 *                      the node that wrote the page
 * @param drainDeadline how long a draining node waits for its pages to move before it stops anyway
 * @param quietPeriod   how long a page must have sent nothing before a draining node tells it to move
 */
public record NodeConfig(@Nullable String id, Duration drainDeadline, Duration quietPeriod) {

    /** No node id, a 30 s drain deadline and a 300 ms quiet period. */
    public static final NodeConfig DEFAULT = new NodeConfig(null, Duration.ofSeconds(30), Duration.ofMillis(300));

    /** Checks the durations. */
    public NodeConfig {
        Objects.requireNonNull(drainDeadline, "drainDeadline");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
    }

    /** The node id, if this server is one node of several. */
    public Optional<String> nodeId() {
        return Optional.ofNullable(id);
    }
}
