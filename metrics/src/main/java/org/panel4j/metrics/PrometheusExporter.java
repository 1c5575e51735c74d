package org.panel4j.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.panel4j.server.ErrorKind;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;
import org.panel4j.server.MetricsExporter;
import org.panel4j.server.ServerMetrics;

/**
 * Publishes a server's {@link ServerMetrics} (and the JVM's: memory, GC, threads, classes, CPU, uptime) in
 * Prometheus' text format, through a Micrometer {@link PrometheusMeterRegistry}. The meters read the server's
 * counters when scraped; nothing is counted twice or on a timer.
 *
 * {@snippet :
 * var metrics = new PrometheusExporter().linkState("redis", redis::connected);
 * PanelServer.create(config -> config
 *         .app("/", app)
 *         .metrics(metrics).metricsPort(9464))    // http://127.0.0.1:9464/metrics
 *     .start();
 * }
 *
 * One exporter per server. Meter names: docs/deploy.md, "Metrics". Thread-safe.
 */
public final class PrometheusExporter implements MetricsExporter, AutoCloseable {

    /** Prometheus' text exposition format, as {@link PrometheusMeterRegistry#scrape()} writes it. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Pattern LINK = Pattern.compile("[a-z0-9_-]{1,32}");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final AtomicReference<ServerMetrics> bound = new AtomicReference<>();

    /** An exporter with the JVM's meters; {@link #bind} (done by the server) adds the server's. */
    public PrometheusExporter() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The Micrometer registry behind it, for the app's own meters (they are scraped with the server's). */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * Adds the gauge {@code panel4j_link_up{link="…"}}: 1 while {@code up} says the link is up, else 0, read
     * at each scrape; e.g. {@code linkState("redis", redisValues::connected)}. {@code link} is
     * {@code [a-z0-9_-]}, 1 to 32 characters. Returns this.
     */
    public PrometheusExporter linkState(String link, BooleanSupplier up) {
        Objects.requireNonNull(up, "up");
        if (!LINK.matcher(Objects.requireNonNull(link, "link")).matches()) {
            throw new IllegalArgumentException("link must be 1 to 32 of a-z, 0-9, _ and -, not '" + link + "'");
        }
        Gauge.builder("panel4j.link.up", up, u -> u.getAsBoolean() ? 1 : 0)
                .description("Whether a link the server depends on is up (1) or down (0)")
                .tag("link", link).strongReference(true).register(registry);
        return this;
    }

    /**
     * Registers the server's meters, read from {@code metrics} at each scrape.
     *
     * @throws IllegalStateException if bound before: one exporter per server
     */
    @Override
    public void bind(ServerMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics");
        if (!bound.compareAndSet(null, metrics)) {
            throw new IllegalStateException("this PrometheusExporter already publishes a server's metrics: use one per server");
        }
        gauge(metrics, "panel4j.sessions.open", "Live sessions (open pages, and pages within their reconnect grace)",
                ServerMetrics::sessionsOpen);
        counter(metrics, "panel4j.pages.opened", "Sessions started (a page's socket connected and its app was built)",
                ServerMetrics::pagesOpened);
        counter(metrics, "panel4j.pages.closed", "Sessions ended (closed, moved, reloaded or stopped)",
                ServerMetrics::pagesClosed);
        counter(metrics, "panel4j.messages.in", "Messages received from pages", ServerMetrics::messagesIn);
        counter(metrics, "panel4j.messages.out", "Messages sent to pages", ServerMetrics::messagesOut);
        gauge(metrics, "panel4j.outgoing.queued", "Changes waiting to be sent, over all sessions",
                ServerMetrics::outgoingQueued);
        gauge(metrics, "panel4j.outgoing.queued.max", "Changes waiting to be sent in the session with the most",
                ServerMetrics::outgoingQueuedMax);
        gauge(metrics, "panel4j.callbacks.running", "Callbacks running now, sync and async",
                ServerMetrics::callbacksRunning);
        gauge(metrics, "panel4j.draining", "Whether the server drains (1) or serves (0)", m -> m.draining() ? 1 : 0);
        for (ErrorKind kind : ErrorKind.values()) {
            FunctionCounter.builder("panel4j.errors", metrics, m -> m.errors(kind))
                    .description("Errors by kind: callback, the client input codes, write_timeout")
                    .tag("kind", kind.tagValue()).register(registry);
        }
    }

    private void gauge(ServerMetrics metrics, String name, String description, ToDoubleFunction<ServerMetrics> value) {
        Gauge.builder(name, metrics, value).description(description).strongReference(true).register(registry);
    }

    private void counter(ServerMetrics metrics, String name, String description, ToDoubleFunction<ServerMetrics> value) {
        FunctionCounter.builder(name, metrics, value).description(description).register(registry);
    }

    /** Answers a scrape: every meter in Prometheus' text format. */
    @Override
    public HttpResponse handle(HttpRequest request) {
        return HttpResponse.ok(CONTENT_TYPE, registry.scrape().getBytes(StandardCharsets.UTF_8));
    }

    /** Stops the GC listener and closes the registry. */
    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
