package org.panel4j.server;

/**
 * Publishes a server's {@link ServerMetrics} and answers scrapes at {@code /metrics}, e.g.
 * {@code PrometheusExporter} of module {@code panel4j-metrics}. Set with {@link ServerConfig.Builder#metrics};
 * the server serves it only on its metrics port ({@link ServerConfig.Builder#metricsPort}) or, behind
 * the authenticator, to the users a rule admits ({@link ServerConfig.Builder#metricsOnMainPort}).
 */
public interface MetricsExporter extends HttpHandler {

    /**
     * Registers the server's meters, reading {@code metrics} at each scrape; called once, as the server is
     * created.
     *
     * @throws IllegalStateException if it was bound to a server before
     */
    void bind(ServerMetrics metrics);
}
