package org.panel4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 18, goal 3: {@code n} idle {@code /async_click} pages connected at once on this box. A process
 * here may hold at most {@link #openFileLimit()} files (a hard limit an unprivileged root cannot raise),
 * so the pages are spread over several server JVMs of at most {@link #PAGES_PER_SERVER} pages, each
 * filled by its own {@link IdleHolder} process from its own loopback address. Then: the servers' heap
 * after GC, RSS and open files summed, the kernel's TCP memory, and the click round trip at that level
 * (100 clicks a second over 1,000 more pages opened by this driver).
 */
final class ScaleScenario {

    static final int PAGES_PER_SERVER = 17_000;
    private static final int CLICKING_PAGES = 1000;

    private final List<String> serverJvm;
    private final boolean quick;

    ScaleScenario(List<String> serverJvm, boolean quick) {
        this.serverJvm = serverJvm;
        this.quick = quick;
    }

    ObjectNode run(int n) throws Exception {
        int nodes = (n + PAGES_PER_SERVER - 1) / PAGES_PER_SERVER;
        var servers = new ArrayList<ServerProcess>();
        var holders = new ArrayList<Process>();
        var clicking = new ArrayList<Clients>();
        try {
            for (int i = 0; i < nodes; i++) {
                servers.add(ServerProcess.start(serverJvm));
            }
            long heapBefore = 0;
            long rssBefore = 0;
            for (ServerProcess s : servers) {
                JsonNode stats = s.stats(true);
                heapBefore += stats.get("heapUsed").asLong();
                rssBefore += stats.get("rss").asLong();
            }
            long tcpPagesBefore = tcpMemoryPages();
            // the clicking pages first: opened after the holders were full, 1,000 JDK clients took over four
            // minutes in the run of 2026-11-28 04:01 (the servers idle, the driver waiting on their opens)
            long c0 = System.nanoTime();
            for (ServerProcess s : servers) {
                clicking.add(Clients.open(s.port, "/async_click", CLICKING_PAGES / nodes, 3));
            }
            System.out.printf("  %,d clicking pages opened in %.1f s%n", CLICKING_PAGES / nodes * nodes, (System.nanoTime() - c0) / 1e9);
            long t0 = System.nanoTime();
            for (int i = 0; i < nodes; i++) {
                int count = n / nodes + (i < n % nodes ? 1 : 0);
                holders.add(new ProcessBuilder(ServerProcess.java(List.of("-Xmx1g"), IdleHolder.class.getName(),
                        String.valueOf(servers.get(i).port), "127.0.0." + (2 + i), String.valueOf(count)))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            for (Process holder : holders) {
                awaitHeld(holder);
            }
            double openSeconds = (System.nanoTime() - t0) / 1e9;
            ObjectNode node = Results.JSON.createObjectNode();
            node.put("idleSessions", n);
            node.put("serverJvms", nodes);
            node.put("openFileLimit", openFileLimit());
            node.put("openSeconds", openSeconds);
            long heapAfter = 0;
            long rssAfter = 0;
            long files = 0;
            int sessions = 0;
            ArrayNode perServer = node.putArray("servers");
            for (ServerProcess s : servers) {
                JsonNode stats = s.stats(true);
                perServer.add(stats);
                heapAfter += stats.get("heapUsed").asLong();
                rssAfter += stats.get("rss").asLong();
                sessions += stats.get("sessions").asInt();
                files += openFiles(s.pid());
            }
            node.put("sessions", sessions);
            node.put("heapBeforeBytes", heapBefore);
            node.put("heapAfterBytes", heapAfter);
            node.put("heapPerSessionBytes", (heapAfter - heapBefore) / (double) sessions);
            node.put("rssAfterBytes", rssAfter);
            node.put("rssPerSessionBytes", (rssAfter - rssBefore) / (double) sessions);
            node.put("serverOpenFiles", files);
            node.put("tcpKernelMemoryBytes", (tcpMemoryPages() - tcpPagesBefore) * 4096);
            System.out.printf("  %,d sessions in %d server JVMs (opened in %.0f s): heap %.0f MiB after GC in all"
                            + " (%.1f KiB a session), RSS %.0f MiB in all, %,d open files, kernel TCP memory +%.0f MiB%n",
                    sessions, nodes, openSeconds, heapAfter / 1048576.0, node.get("heapPerSessionBytes").asDouble() / 1024,
                    rssAfter / 1048576.0, files, node.get("tcpKernelMemoryBytes").asLong() / 1048576.0);
            var clickers = new ArrayList<LoadClient>();
            clicking.forEach(c -> clickers.addAll(c.all));
            node.set("clicks", new RoundTripScenario(servers.get(0), quick).level(clickers, clickers.size(), 100, openSeconds));
            return node;
        } finally {
            clicking.forEach(Clients::close);
            for (Process holder : holders) {
                holder.getOutputStream().close();
                holder.destroy();
                holder.waitFor();
            }
            for (ServerProcess s : servers) {
                s.close();
            }
        }
    }

    private static void awaitHeld(Process holder) throws IOException {
        var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("HELD")) {
                return;
            }
            System.out.println("  [holder] " + line);
        }
        throw new IllegalStateException("an idle-page holder exited before holding its pages");
    }

    /** This process's soft limit of open files ({@code /proc/self/limits}). */
    static long openFileLimit() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
            }
        }
        return Long.MAX_VALUE;
    }

    private static long openFiles(long pid) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return fds.count();
        }
    }

    /** The kernel's TCP memory in pages ({@code /proc/net/sockstat}, "TCP: … mem N"). */
    private static long tcpMemoryPages() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/net/sockstat"))) {
            if (line.startsWith("TCP:")) {
                String[] f = line.split("\\s+");
                for (int i = 0; i < f.length - 1; i++) {
                    if (f[i].equals("mem")) {
                        return Long.parseLong(f[i + 1]);
                    }
                }
            }
        }
        return 0;
    }
}
