package org.panel4j.server;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link MetricsExporter} for the server's tests, without a metrics library: {@code name value} lines of
 * every {@link ServerMetrics} reading (module {@code panel4j-metrics} has the Prometheus one); and a scrape.
 */
final class TextMetrics implements MetricsExporter {

    private volatile ServerMetrics metrics;
    int binds;

    @Override
    public void bind(ServerMetrics metrics) {
        this.metrics = metrics;
        binds++;
    }

    @Override
    public HttpResponse handle(org.panel4j.server.HttpRequest request) {
        ServerMetrics m = metrics;
        var text = new StringBuilder()
                .append("sessions_open ").append(m.sessionsOpen()).append('\n')
                .append("pages_opened ").append(m.pagesOpened()).append('\n')
                .append("pages_closed ").append(m.pagesClosed()).append('\n')
                .append("messages_in ").append(m.messagesIn()).append('\n')
                .append("messages_out ").append(m.messagesOut()).append('\n')
                .append("outgoing_queued ").append(m.outgoingQueued()).append('\n')
                .append("outgoing_queued_max ").append(m.outgoingQueuedMax()).append('\n')
                .append("callbacks_running ").append(m.callbacksRunning()).append('\n')
                .append("draining ").append(m.draining() ? 1 : 0).append('\n');
        for (ErrorKind kind : ErrorKind.values()) {
            text.append("errors_").append(kind.tagValue()).append(' ').append(m.errors(kind)).append('\n');
        }
        return HttpResponse.text(200, text.toString());
    }

    /** GETs {@code http://127.0.0.1:port/metrics} and reads its lines, name to value; fails on another status. */
    static Map<String, Long> scrape(int port) throws Exception {
        var response = WsClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .build(), BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("scrape: " + response.statusCode() + " " + response.body());
        }
        var values = new LinkedHashMap<String, Long>();
        for (String line : response.body().split("\n")) {
            String[] parts = line.split(" ");
            values.put(parts[0], Long.parseLong(parts[1]));
        }
        return values;
    }
}
