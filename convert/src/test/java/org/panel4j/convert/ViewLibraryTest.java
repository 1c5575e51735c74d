package org.panel4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The files a converted site carries for the views are exactly those the client's views load from
 * {@code /static/}: a view that starts loading another file fails here, not in a user's page.
 */
class ViewLibraryTest {

    private static final Pattern STATIC = Pattern.compile("'/static/([a-z]+)/([^']+)'");

    @Test
    void everyFileAViewLoads_isCopied_andExistsInItsWebJar() throws IOException {
        Set<String> loaded = new TreeSet<>();
        Path views = Path.of("../server/src/main/resources/org/panel4j/client/views");
        try (var files = Files.list(views)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                var matcher = STATIC.matcher(Files.readString(file));
                while (matcher.find()) {
                    loaded.add(matcher.group(1) + "/" + matcher.group(2));
                }
            }
        }
        Set<String> copied = new TreeSet<>();
        ClassLoader loader = getClass().getClassLoader();
        for (ViewLibrary library : ViewLibrary.values()) {
            for (String file : library.files()) {
                copied.add(library.folder() + "/" + file);
                try (InputStream in = loader.getResourceAsStream(library.resourceFolder(loader) + file)) {
                    assertThat(in).as(library.webJar() + " has " + file).isNotNull();
                }
            }
        }
        assertThat(copied).isEqualTo(loaded);
    }

    @Test
    void everyViewClass_isACoreClass() throws Exception {
        for (ViewLibrary library : ViewLibrary.values()) {
            Class.forName(library.viewClass(), false, getClass().getClassLoader());
        }
        assertThat(Arrays.stream(ViewLibrary.values()).map(ViewLibrary::folder)).doesNotHaveDuplicates();
        assertThat(new String(getClass().getClassLoader()
                .getResourceAsStream("org/panel4j/browser/site/inpage.js").readAllBytes(), StandardCharsets.UTF_8))
                .contains("window.WebSocket = InPageWebSocket");
    }
}
