package org.panel4j.server;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link PanelServer} serves its metrics ({@code GET /metrics}); set through
 * {@link ServerConfig.Builder#metrics}, {@link ServerConfig.Builder#metricsPort},
 * {@link ServerConfig.Builder#metricsAddress} and {@link ServerConfig.Builder#metricsOnMainPort}.
 *
 * @param exporter    what answers the scrapes, or null: no metrics served
 * @param port        the metrics port (0: any free one), or -1 for none; it serves {@code /metrics} only
 * @param address     the address the metrics port binds, default {@code 127.0.0.1}
 * @param mainPortRule who among the signed-in users may read {@code /metrics} on the main port, or null: nobody
 */
public record MetricsConfig(@Nullable MetricsExporter exporter, int port, String address,
                            @Nullable Authorizer mainPortRule) {

    /** The path metrics are served at. */
    public static final String PATH = "/metrics";

    /** No metrics. */
    public static final MetricsConfig NONE = new MetricsConfig(null, -1, "127.0.0.1", null);

    /** Checks the address. */
    public MetricsConfig {
        Objects.requireNonNull(address, "address");
    }

    /** The exporter, if metrics are served. */
    public Optional<MetricsExporter> exporterIfSet() {
        return Optional.ofNullable(exporter);
    }
}
