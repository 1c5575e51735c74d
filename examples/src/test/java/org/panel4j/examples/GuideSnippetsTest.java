package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Java block of the user guide stands in an example app, so the guide compiles and is tested. */
class GuideSnippetsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheGuide_standsVerbatimInAnExampleSource() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        String guide = Files.readString(root.resolve("docs/async-callbacks.md"));
        String sources;
        try (Stream<Path> files = Files.walk(root.resolve("examples/src/main/java"))) {
            var text = new StringBuilder();
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
            sources = text.toString();
        }
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(guide);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
        for (String block : blocks) {
            assertThat(sources).as("the guide's block%n%s%nmust stand in an example app", block).contains(block);
        }
    }
}
