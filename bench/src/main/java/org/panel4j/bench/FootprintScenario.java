package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 18, goals 1 and 2: the examples server ({@code org.panel4j.examples.Examples}, what a user
 * starts first) launched plain, with the previous launcher options (an AOT cache trained by
 * {@code serve --exit-after-warmup}, compact object headers), with the launcher's defaults (the same
 * plus the serial collector, an 8 MiB initial heap and native heap trimming) and, as the floor under
 * them, a bare Jetty server on the defaults ({@link BareJetty}), alternated: milliseconds from the JVM's
 * start to the first {@code /async_click} page answered 200, the CPU time used by then, and the resident
 * set size once a first page has opened its session, 2 s later and again 15 s later (idle, the JIT
 * done). {@code -Dbench.footprintVariants} and {@code -Dbench.footprintBuilds} add launches (other options,
 * other builds), {@code -Dbench.footprintLaunches} picks some, {@code -Dbench.footprintNmt} keeps the
 * JVM's account of its memory.
 */
final class FootprintScenario {

    private static final String MAIN = "org.panel4j.examples.Examples";
    private static final long IDLE_MS = 2_000;
    /** When the JIT has finished the first page's compilations and handed its arenas back. */
    private static final long SETTLED_MS = 15_000;
    /** The options {@code -Pserve} used before issue 18's memory defaults. */
    private static final List<String> PREVIOUS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseCompactObjectHeaders");
    /** The options of {@code -Pserve}, the archetype's pom and docs/deploy.md (JVM options). */
    static final List<String> DEFAULTS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseSerialGC", "-Xms8m",
            "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=1000", "-XX:+UseCompactObjectHeaders");

    ObjectNode run(int runs) throws Exception {
        String classpath = jarsOnly(System.getProperty("java.class.path"));
        Path dir = Files.createTempDirectory("panel4j-aot");
        Map<String, Launch> planned = planned(classpath);
        var launches = new LinkedHashMap<String, Launch>();
        for (var launch : planned.entrySet()) {
            launches.put(launch.getKey(), launch.getKey().equals("plain") ? launch.getValue()
                    : withCache(dir.resolve(launch.getKey() + ".aot"), launch.getValue()));
        }
        boolean nmt = Boolean.getBoolean("bench.footprintNmt");

        Map<String, double[]> startMs = new LinkedHashMap<>();
        Map<String, double[]> cpuMs = new LinkedHashMap<>();
        Map<String, double[]> rssMib = new LinkedHashMap<>();
        Map<String, double[]> settledMib = new LinkedHashMap<>();
        launches.keySet().forEach(name -> {
            startMs.put(name, new double[runs]);
            cpuMs.put(name, new double[runs]);
            rssMib.put(name, new double[runs]);
            settledMib.put(name, new double[runs]);
        });
        for (int r = 0; r < runs; r++) {
            for (var launch : launches.entrySet()) {
                double[] figures = launch(launch.getValue(), nmt ? launch.getKey() + "-" + r : null);
                startMs.get(launch.getKey())[r] = figures[0];
                rssMib.get(launch.getKey())[r] = figures[1];
                cpuMs.get(launch.getKey())[r] = figures[2];
                settledMib.get(launch.getKey())[r] = figures[3];
            }
        }
        ObjectNode node = Results.JSON.createObjectNode();
        if (Files.exists(dir.resolve("defaults.aot"))) {
            node.put("aotCacheBytes", Files.size(dir.resolve("defaults.aot")));
        }
        for (String name : launches.keySet()) {
            ObjectNode one = node.putObject(name);
            one.put("main", launches.get(name).main());
            one.put("jvmOptions", String.join(" ", launches.get(name).jvm()));
            one.set("firstPageMs", Results.median(startMs.get(name)));
            one.set("rssAfterFirstPageMiB", Results.median(rssMib.get(name)));
            one.set("rssSettledMiB", Results.median(settledMib.get(name)));
            one.set("cpuAtFirstPageMs", Results.median(cpuMs.get(name)));
            System.out.printf("  %-9s first page: median %.0f ms %s (CPU %.0f ms %s); RSS after it: median %.1f MiB %s, %d s later %.1f MiB %s%n", name,
                    one.get("firstPageMs").get("median").asDouble(), one.get("firstPageMs").get("runs"),
                    one.get("cpuAtFirstPageMs").get("median").asDouble(), one.get("cpuAtFirstPageMs").get("runs"),
                    one.get("rssAfterFirstPageMiB").get("median").asDouble(), one.get("rssAfterFirstPageMiB").get("runs"),
                    SETTLED_MS / 1000, one.get("rssSettledMiB").get("median").asDouble(), one.get("rssSettledMiB").get("runs"));
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        return node;
    }

    /** The launches the properties ask for, by name, in the order they alternate (before training). */
    private static Map<String, Launch> planned(String classpath) throws IOException {
        var planned = new LinkedHashMap<String, Launch>();
        planned.put("plain", new Launch(MAIN, List.of(), classpath));
        planned.put("aot", new Launch(MAIN, PREVIOUS, classpath));
        planned.put("defaults", new Launch(MAIN, DEFAULTS, classpath));
        variants(System.getProperty("bench.footprintVariants", "")).forEach((name, jvm) -> planned.put(name, new Launch(MAIN, jvm, classpath)));
        planned.put("bareJetty", new Launch(BareJetty.class.getName(), DEFAULTS, classpath));
        for (var build : variants(System.getProperty("bench.footprintBuilds", "")).entrySet()) {
            List<String> folderAndOptions = build.getValue(); // the folder, then the options if given
            planned.put(build.getKey(), new Launch(MAIN, folderAndOptions.size() > 1
                    ? folderAndOptions.subList(1, folderAndOptions.size()) : DEFAULTS,
                    withJarsOf(classpath, Path.of(folderAndOptions.getFirst()))));
        }
        String only = System.getProperty("bench.footprintLaunches", "");
        if (!only.isBlank()) {
            planned.keySet().retainAll(List.of(only.split(",")));
        }
        return planned;
    }

    /**
     * Extra launches to alternate with the three above, each trained with its own options:
     * {@code name=option option…;name=…} ({@code -Dbench.footprintVariants}), the defaults plus or minus
     * an option when looking for what the memory or the start is.
     */
    static Map<String, List<String>> variants(String spec) {
        var variants = new LinkedHashMap<String, List<String>>();
        for (String one : spec.split(";")) {
            if (one.isBlank()) {
                continue;
            }
            int equals = one.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected name=value[ value…], got " + one);
            }
            variants.put(one.substring(0, equals).strip(), List.of(one.substring(equals + 1).strip().split("\\s+")));
        }
        return variants;
    }

    /**
     * A JVM to launch: its main class ({@link #MAIN}, or {@link BareJetty} as the floor under it, which
     * serves no session), options and class path (this build's jars, or an earlier build's).
     */
    private record Launch(String main, List<String> jvm, String classpath) {

        boolean servesSessions() {
            return main.equals(MAIN);
        }
    }

    /** {@code launch} with a cache at {@code aot} that a training run with the same options wrote. */
    private static Launch withCache(Path aot, Launch launch) throws Exception {
        train(aot, launch);
        var withCache = new ArrayList<>(launch.jvm());
        withCache.add("-XX:AOTCache=" + aot);
        return new Launch(launch.main(), withCache, launch.classpath());
    }

    /** The training run the examples' {@code -Pserve} does: serve, request every page once, exit. */
    private static void train(Path aot, Launch launch) throws Exception {
        var jvm = new ArrayList<>(launch.jvm());
        jvm.add("-XX:AOTCacheOutput=" + aot);
        Process process = new ProcessBuilder(command(launch, jvm, "--port=0", "--exit-after-warmup"))
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
     * One launch: {@code {ms to the first page, RSS in MiB 2 s after a first session, CPU ms (all threads)
     * the process had used when the first page answered, RSS in MiB 15 s after that session}}; the CPU
     * time moves less with the machine's load. With {@code nmtName}, also the JVM's own account of its
     * memory, in {@code target/nmt-<nmtName>.txt}.
     */
    private static double[] launch(Launch launch, String nmtName) throws Exception {
        var jvm = new ArrayList<>(launch.jvm());
        if (nmtName != null) {
            jvm.add("-XX:NativeMemoryTracking=summary");
        }
        int port = ServerProcess.freePort();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command(launch, jvm, "--port=" + port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            double firstPageMs = ServerProcess.millisToFirstPage(process, port, t0);
            double cpuMs = cpuMillis(process.pid());
            LoadClient client = launch.servesSessions() ? LoadClient.open(ServerProcess.HTTP, port, "/async_click") : null;
            Thread.sleep(IDLE_MS);
            double rss = rssKib(process.pid()) / 1024.0;
            Thread.sleep(SETTLED_MS - IDLE_MS);
            double settled = rssKib(process.pid()) / 1024.0;
            if (nmtName != null) {
                writeNativeMemory(process.pid(), Path.of("target", "nmt-" + nmtName + ".txt"));
            }
            if (client != null) {
                client.close();
            }
            return new double[] {firstPageMs, rss, cpuMs, settled};
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * {@code jcmd PID VM.native_memory summary} into {@code file} and the kernel's account of each mapping
     * ({@code /proc/PID/smaps}, where the rest of the RSS is: the JVM's own code, the JDK's module image)
     * beside it.
     */
    private static void writeNativeMemory(long pid, Path file) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).redirectOutput(file.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.copy(Path.of("/proc/" + pid + "/smaps"), Path.of(file.toString().replace(".txt", ".smaps")),
                StandardCopyOption.REPLACE_EXISTING);
        System.out.println("  NMT of " + file.getFileName() + " (RSS " + rssKib(pid) / 1024 + " MiB) in " + file.toAbsolutePath());
    }

    private static List<String> command(Launch launch, List<String> jvm, String... args) {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.add("-cp");
        command.add(launch.classpath());
        command.add(launch.main());
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

    /**
     * {@code classpath} with each jar swapped for the jar of the same name in {@code folder}, in the same
     * order, and the folder's other jars after them. {@code -Dbench.footprintBuilds=name=folder [options];…},
     * each folder the jars of one build (its modules and their runtime dependencies, as the examples' class
     * path lists them), adds a launch of that code on the defaults (or on the options given), alternated
     * with the rest: before and after a change, each from a folder made the same way. The order matters: a
     * class the cache lacks is looked for in each jar in turn, and every jar opened costs time and memory.
     */
    static String withJarsOf(String classpath, Path folder) throws IOException {
        List<String> jars;
        try (var files = Files.list(folder)) {
            jars = files.map(Path::toString).filter(name -> name.endsWith(".jar")).sorted().toList();
        }
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("bench.footprintBuilds: no jar in " + folder);
        }
        var entries = new ArrayList<String>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path same = folder.resolve(Path.of(entry).getFileName());
            if (Files.isRegularFile(same)) {
                entries.add(same.toString());
            }
        }
        jars.stream().filter(jar -> !entries.contains(jar)).forEach(entries::add);
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
