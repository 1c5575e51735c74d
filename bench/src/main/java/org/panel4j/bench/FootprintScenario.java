package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 18, goals 1 and 2: the examples server ({@code org.panel4j.examples.Examples}, what a user
 * starts first) launched plain, with the previous launcher options (an AOT cache trained by
 * {@code serve --exit-after-warmup}, compact object headers) and with the launcher's defaults (the same
 * plus the serial collector, a 16 MiB initial heap and native heap trimming), alternated: milliseconds
 * from the JVM's start to the first {@code /async_click} page answered 200, and the resident set size
 * once a first page has opened its session and the server has idled for two seconds.
 */
final class FootprintScenario {

    private static final String MAIN = "org.panel4j.examples.Examples";
    private static final long IDLE_MS = 2_000;
    /** The options {@code -Pserve} used before issue 18's memory defaults. */
    private static final List<String> PREVIOUS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseCompactObjectHeaders");
    /** The options of {@code -Pserve}, the archetype's pom and docs/deploy.md (JVM options). */
    static final List<String> DEFAULTS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseSerialGC", "-Xms16m",
            "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=1000", "-XX:+UseCompactObjectHeaders");

    ObjectNode run(int runs) throws Exception {
        String classpath = jarsOnly(System.getProperty("java.class.path"));
        Path dir = Files.createTempDirectory("panel4j-aot");
        var launches = new LinkedHashMap<String, List<String>>();
        launches.put("plain", List.of());
        launches.put("aot", withCache(classpath, dir.resolve("aot.aot"), PREVIOUS));
        launches.put("defaults", withCache(classpath, dir.resolve("defaults.aot"), DEFAULTS));

        Map<String, double[]> startMs = new LinkedHashMap<>();
        Map<String, double[]> cpuMs = new LinkedHashMap<>();
        Map<String, double[]> rssMib = new LinkedHashMap<>();
        launches.keySet().forEach(name -> {
            startMs.put(name, new double[runs]);
            cpuMs.put(name, new double[runs]);
            rssMib.put(name, new double[runs]);
        });
        for (int r = 0; r < runs; r++) {
            for (var launch : launches.entrySet()) {
                double[] figures = launch(classpath, launch.getValue());
                startMs.get(launch.getKey())[r] = figures[0];
                rssMib.get(launch.getKey())[r] = figures[1];
                cpuMs.get(launch.getKey())[r] = figures[2];
            }
        }
        ObjectNode node = Results.JSON.createObjectNode();
        node.put("aotCacheBytes", Files.size(dir.resolve("defaults.aot")));
        for (String name : launches.keySet()) {
            ObjectNode one = node.putObject(name);
            one.put("jvmOptions", String.join(" ", launches.get(name)));
            one.set("firstPageMs", Results.median(startMs.get(name)));
            one.set("rssAfterFirstPageMiB", Results.median(rssMib.get(name)));
            one.set("cpuAtFirstPageMs", Results.median(cpuMs.get(name)));
            System.out.printf("  %-9s first page: median %.0f ms %s (CPU %.0f ms %s); RSS after it: median %.1f MiB %s%n", name,
                    one.get("firstPageMs").get("median").asDouble(), one.get("firstPageMs").get("runs"),
                    one.get("cpuAtFirstPageMs").get("median").asDouble(), one.get("cpuAtFirstPageMs").get("runs"),
                    one.get("rssAfterFirstPageMiB").get("median").asDouble(), one.get("rssAfterFirstPageMiB").get("runs"));
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        return node;
    }

    /** {@code options} and a cache at {@code aot} that a training run with the same options wrote. */
    private static List<String> withCache(String classpath, Path aot, List<String> options) throws Exception {
        train(classpath, aot, options);
        var withCache = new ArrayList<>(options);
        withCache.add("-XX:AOTCache=" + aot);
        return withCache;
    }

    /** The training run the examples' {@code -Pserve} does: serve, request every page once, exit. */
    private static void train(String classpath, Path aot, List<String> options) throws Exception {
        var jvm = new ArrayList<>(options);
        jvm.add("-XX:AOTCacheOutput=" + aot);
        Process process = new ProcessBuilder(command(classpath, jvm, "--port=0", "--exit-after-warmup"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the AOT training run did not end within 120 s");
        }
        if (process.exitValue() != 0 || !Files.exists(aot)) {
            throw new IllegalStateException("the AOT training run failed (exit " + process.exitValue() + ")");
        }
    }

    /**
     * One launch: {@code {ms to the first page, RSS in MiB after a first session, CPU ms (all threads) the
     * process had used when the first page answered}}; the CPU time moves less with the machine's load.
     */
    private static double[] launch(String classpath, List<String> jvm) throws Exception {
        int port = ServerProcess.freePort();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command(classpath, jvm, "--port=" + port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            double firstPageMs = ServerProcess.millisToFirstPage(process, port, t0);
            double cpuMs = cpuMillis(process.pid());
            LoadClient client = LoadClient.open(ServerProcess.HTTP, port, "/async_click");
            Thread.sleep(IDLE_MS);
            double rss = rssKib(process.pid()) / 1024.0;
            client.close();
            return new double[] {firstPageMs, rss, cpuMs};
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static List<String> command(String classpath, List<String> jvm, String... args) {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.add("-cp");
        command.add(classpath);
        command.add(MAIN);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The class path with each module's {@code target/classes} swapped for its packaged jar: an AOT cache
     * records only jars. The bench profile runs after {@code package}, so the jars exist.
     */
    static String jarsOnly(String classpath) {
        var entries = new ArrayList<String>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && path.endsWith(Path.of("target", "classes"))) {
                Path target = path.getParent();
                try (var jars = Files.list(target)) {
                    entry = jars.map(Path::toString)
                            .filter(n -> n.endsWith(".jar") && !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar")
                                    && !n.endsWith("-tests.jar"))
                            .findFirst().orElseThrow(() -> new IllegalStateException("no jar in " + target
                                    + ": run the bench through its profile (after package)"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            entries.add(entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** User and system time of a process, from {@code /proc/<pid>/stat} (in clock ticks of 10 ms). */
    private static double cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }

    private static long rssKib(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }
}
