package org.panel4j.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * docs/getting-started.md, done as a new user would: its commands, run with plain {@code mvn} on this
 * machine's default JDK, generate a project from this archetype, test it and serve it; the page answers.
 * The generated pom, Main and test are the ones the page shows, so the page cannot drift.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAppIT {

    private static final Path WORK = Path.of("target", "first-app").toAbsolutePath();
    private static final Pattern SERVING = Pattern.compile("Serving Hello panel4j on (http://\\S+)");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(8); // mvn verify includes the AOT training run

    private static GettingStarted doc;
    private static Mvn mvn;
    private static Path project;

    @BeforeAll
    static void generate() throws Exception {
        doc = GettingStarted.read(Path.of(System.getProperty("panel4j.docs"), "getting-started.md"));
        mvn = Mvn.create(Path.of(System.getProperty("panel4j.mavenHome")), Path.of(System.getProperty("panel4j.itRepo")),
                Path.of(System.getProperty("panel4j.cacheRepo")), WORK.resolve("settings.xml"));
        Path projects = WORK.resolve("projects");
        deleteTree(projects);
        Files.createDirectories(projects);
        String generate = doc.command("maven-archetype-plugin");
        assertThat(generate).contains("-DarchetypeVersion=" + System.getProperty("panel4j.version"))
                .contains("maven-archetype-plugin:" + System.getProperty("panel4j.archetypePluginVersion") + ":generate");
        run(generate, projects, "generate");
        String cd = doc.command("cd ");
        project = projects.resolve(cd.substring("cd ".length()).strip());
        assertThat(project).isDirectory();
    }

    @Test
    @Order(1)
    void theGeneratedFilesAreTheOnesThePageShows() throws IOException {
        assertThat(Files.readString(project.resolve("pom.xml")))
                .isEqualTo(doc.block("pom.xml", block -> block.startsWith("<?xml")));
        assertThat(Files.readString(javaFile("src/main/java", "Main.java")))
                .isEqualTo(doc.block("Main", block -> block.contains("public final class Main")));
        assertThat(Files.readString(javaFile("src/test/java", "MainTest.java")))
                .isEqualTo(doc.block("MainTest", block -> block.contains("class MainTest")));
    }

    @Test
    @Order(2)
    void itsTestPassesWithPlainMvn() throws Exception {
        Path log = run(doc.command("mvn verify"), project, "verify");
        assertThat(Files.readString(log)).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    }

    @Test
    @Order(3)
    void itsPackageWritesAnAotCache_thatThePackagedAppStartsFrom() throws Exception {
        assertThat(Runtime.version().feature()).as("this test's JDK, which the build's toolchain picks too").isGreaterThanOrEqualTo(25);
        Path cache = project.resolve("target/app.aot");
        assertThat(cache).as("written by mvn verify's training run").isNotEmptyFile();
        String classpath = Files.readString(project.resolve("target/classpath.txt")).strip();
        Path jar;
        try (Stream<Path> files = Files.list(project.resolve("target"))) {
            jar = files.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path log = WORK.resolve("serve-aot.log");
        // the options of the pom's training run; AOTMode=on makes a cache the JVM cannot use fail the start
        var command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-XX:AOTMode=on",
                "-XX:AOTCache=" + cache, "-XX:+UseSerialGC", "-Xms8m", "-XX:+UnlockExperimentalVMOptions",
                "-XX:TrimNativeHeapInterval=1000", "-XX:+UseCompactObjectHeaders",
                "-cp", jar + File.pathSeparator + classpath, mainClass(), "--port=0");
        Process server = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            assertServes(awaitServing(server, log));
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    @Order(4)
    void itsOneCommandServesThePage() throws Exception {
        Path log = WORK.resolve("serve.log");
        Process server = mvn.start(doc.command("exec:exec"), project, log, Map.of("PORT", "0"));
        try {
            assertServes(awaitServing(server, log));
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }

    private static void assertServes(String url) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Hello panel4j</title>");
    }

    /** The generated Main's class name, from its package line. */
    private static String mainClass() throws IOException {
        Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(Files.readString(javaFile("src/main/java", "Main.java")));
        assertThat(pkg.find()).isTrue();
        return pkg.group(1) + ".Main";
    }

    private static String awaitServing(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + BUILD_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher serving = SERVING.matcher(Files.readString(log));
            if (serving.find()) {
                return serving.group(1);
            }
            if (server.waitFor(200, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the server ended (exit " + server.exitValue() + "):\n" + tail(log));
            }
        }
        throw new AssertionError("no 'Serving Hello panel4j on …' within " + BUILD_TIMEOUT + ":\n" + tail(log));
    }

    private static Path run(String commandLine, Path dir, String step) throws Exception {
        Path log = WORK.resolve(step + ".log");
        Process process = mvn.start(commandLine, dir, log, Map.of());
        if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(commandLine + " took over " + BUILD_TIMEOUT + ":\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(commandLine + " failed (exit " + process.exitValue() + "):\n" + tail(log));
        }
        return log;
    }

    private static Path javaFile(String root, String name) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve(root))) {
            return files.filter(file -> file.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " under " + root));
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 6000));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
