package org.panel4j.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Removes the temporary folders test processes (Redis, nginx, Chromium) leave behind. */
public final class TempDirs {

    private TempDirs() {}

    /** Deletes {@code dir} and everything under it; a file that cannot be deleted is left, silently. */
    public static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
