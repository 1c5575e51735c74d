package org.panel4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConverterTest {

    @TempDir
    Path temp;

    @Test
    void anEarlierSite_isReplaced_andANewFolderIsMarkedAtOnce() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve(Converter.MARKER), "");
        Files.createDirectories(site.resolve("old_app"));
        Files.writeString(site.resolve("old_app/index.html"), "old");

        Converter.prepare(site);
        try (var left = Files.list(site)) {
            assertThat(left).containsExactly(site.resolve(Converter.MARKER));
        }
        Converter.prepare(temp.resolve("new"));
        assertThat(temp.resolve("new").resolve(Converter.MARKER)).as("a failed conversion's folder may be replaced")
                .isRegularFile();
    }
}
