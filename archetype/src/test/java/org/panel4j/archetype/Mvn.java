package org.panel4j.archetype;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a documented {@code mvn …} command line as a user would, in a fresh Maven process with the
 * machine's own environment (so its default JDK), but against a throwaway local repository: the panel4j
 * artifacts of this build are installed there, and every other artifact is copied from the build's own
 * local repository (Maven Central only for what that lacks).
 */
record Mvn(Path mavenHome, Path localRepository, Path settings) {

    /** Writes settings that read the build's local repository {@code cache} as a remote one, before Central. */
    static Mvn create(Path mavenHome, Path localRepository, Path cache, Path settings) {
        String repository = """
                <id>panel4j-build-cache</id><url>%s</url>
                <releases><checksumPolicy>ignore</checksumPolicy></releases>
                <snapshots><enabled>false</enabled></snapshots>""".formatted(cache.toUri());
        String xml = """
                <settings>
                  <profiles><profile><id>build-cache</id>
                    <repositories><repository>%1$s</repository></repositories>
                    <pluginRepositories><pluginRepository>%1$s</pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>build-cache</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository);
        try {
            Files.createDirectories(settings.getParent());
            Files.writeString(settings, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Mvn(mavenHome, localRepository, settings);
    }

    /** The user's JAVA_HOME, if set: failsafe gives its fork the JDK it runs on as JAVA_HOME instead. */
    private static Optional<String> userJavaHome() {
        String home = System.getProperty("panel4j.userJavaHome", "");
        return home.isBlank() || home.startsWith("${") ? Optional.empty() : Optional.of(home);
    }

    /** Starts {@code commandLine} (which begins with {@code mvn}) in {@code dir}, output to {@code log}. */
    Process start(String commandLine, Path dir, Path log, Map<String, String> env) {
        List<String> words = List.of(commandLine.split("\\s+"));
        if (!words.getFirst().equals("mvn") || commandLine.contains("\"") || commandLine.contains("'")) {
            throw new AssertionError("not a plain mvn command: " + commandLine);
        }
        var command = new ArrayList<String>();
        command.add(mavenHome.resolve("bin/mvn").toString());
        command.addAll(List.of("-B", "-V", "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
        command.addAll(words.subList(1, words.size()));
        var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        userJavaHome().ifPresentOrElse(home -> builder.environment().put("JAVA_HOME", home),
                () -> builder.environment().remove("JAVA_HOME"));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
