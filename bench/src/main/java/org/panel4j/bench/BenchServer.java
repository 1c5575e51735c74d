package org.panel4j.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.panel4j.examples.AsyncClick;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;
import org.panel4j.server.PanelServer;
import org.panel4j.session.SessionHost;

/**
 * The server process the load driver measures: {@code /async_click} (the seed app), the bench apps
 * and {@code /bench/stats} (heap after GC, RSS, sessions, process CPU time) and {@code /bench/fan} (a fan-out
 * burst); the table scenarios' apps and routes ({@code /bench/trips}, {@code /bench/stream}) are {@link BenchTables}'.
 * Usage: {@code BenchServer <port>} ({@code -Dbench.fanOutWorkers=N}: the host's fan-out workers); prints
 * {@code READY <port>} once it listens.
 */
public final class BenchServer {

    private BenchServer() {}

    /** Starts the server on the port in {@code args[0]} (0 for any) and serves until killed. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        var apps = new BenchApps();
        var tables = new BenchTables();
        var holder = new PanelServer[1];
        PanelServer server = PanelServer.create(config -> config
                .port(port)
                .reconnectGrace(Duration.ofSeconds(10))
                // every load-driver client comes from 127.0.0.1 and clicks as fast as asked
                .maxSessions(150_000)
                .maxSessionsPerAddress(150_000)
                .maxMessagesPerSecond(10_000)
                .sessionHost(host -> host.fanOutWorkers(
                        Integer.getInteger("bench.fanOutWorkers", SessionHost.Config.defaultFanOutWorkers())))
                .app("/async_click", AsyncClick.app())
                .app("/bench_click", apps.click())
                .app("/bench_rate", apps.rate())
                .app("/bench_fan", apps.fan())
                .app("/bench_many", new ManyComponentsApp())
                .app("/bench_trips", tables.trips(false))
                .app("/bench_trips_duck", tables.trips(true))
                .app("/bench_trips_idle", tables.tripsIdle())
                .app("/bench_log_table", tables.logTable())
                .app("/bench_log_figure", tables.logFigure())
                .handler("/bench", request -> answer(request, apps, tables, holder[0])));
        holder[0] = server;
        server.start();
        System.out.println("READY " + server.port());
        server.join();
    }

    private static HttpResponse answer(HttpRequest request, BenchApps apps, BenchTables tables, PanelServer server)
            throws Exception {
        return switch (request.path()) {
            case "/bench/stats" -> json(stats("1".equals(request.query().get("gc")), server));
            case "/bench/fan" -> json("{\"sets\":" + apps.fanBurst(
                    Duration.ofMillis(Long.parseLong(request.query().getOrDefault("ms", "2000")))) + "}");
            case "/bench/trips" -> json("{\"state\":\"" + tables.build(request.query().getOrDefault("store", "memory")) + "\"}");
            case "/bench/stream" -> json("{\"rows\":" + tables.stream(
                    Integer.parseInt(request.query().getOrDefault("rate", "10000")),
                    Integer.parseInt(request.query().getOrDefault("chunk", "100")),
                    Long.parseLong(request.query().getOrDefault("ms", "10000"))) + "}");
            default -> HttpResponse.text(404, "unknown bench route");
        };
    }

    private static String stats(boolean gc, PanelServer server) throws Exception {
        if (gc) {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long gcCount = 0;
        long gcMillis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, collector.getCollectionCount());
            gcMillis += Math.max(0, collector.getCollectionTime());
        }
        return "{\"heapUsed\":" + heap + ",\"rss\":" + rss() + ",\"sessions\":" + server.sessionCount()
                + ",\"threads\":" + Thread.activeCount() + ",\"gcCount\":" + gcCount + ",\"gcMillis\":" + gcMillis
                + ",\"cpuNanos\":" + ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                + "}";
    }

    private static long rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static HttpResponse json(String body) {
        return HttpResponse.ok("application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
