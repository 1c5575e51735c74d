package org.panel4j.examples.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.panel4j.component.Component;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.PublicClasses;

/** The gallery lists every component class, discovered on the classpath rather than kept by hand. */
class GalleryTest {

    @Test
    void everyComponentClassIsInTheGallery() {
        List<Class<? extends Component>> classes = PublicClasses.concreteSubclassesOf(Component.class, "org.panel4j");
        assertThat(classes).as("component classes found").hasSizeGreaterThan(30);
        try (var page = TestSession.open(Gallery.app())) {
            Set<Class<?>> shown = new HashSet<>();
            tree(page.root()).forEach(component -> shown.add(component.getClass()));
            var missing = classes.stream().filter(type -> !shown.contains(type)).map(Class::getSimpleName).toList();
            assertThat(missing).as("component classes the gallery does not show (add a GalleryEntry to its section)")
                    .isEmpty();
        }
    }

    @Test
    void everyEntryHasATitleAndCode_andTitlesAreUniqueWithinTheGallery() {
        var titles = new ArrayList<String>();
        for (GallerySection section : Gallery.sections()) {
            assertThat(section.entries()).as(section.title()).isNotEmpty();
            for (GalleryEntry entry : section.entries()) {
                assertThat(entry.title()).isNotBlank();
                assertThat(entry.code()).as(entry.title()).isNotBlank();
                titles.add(entry.title());
            }
        }
        assertThat(titles).doesNotHaveDuplicates();
    }

    @Test
    void readoutShowsShortOneLineValues() {
        assertThat(GalleryReadout.format(null)).isEqualTo("value: null");
        assertThat(GalleryReadout.format("a\nb")).isEqualTo("value: \"a b\"");
        assertThat(GalleryReadout.format(new byte[3])).isEqualTo("value: 3 bytes");
        assertThat(GalleryReadout.format(List.of("x", 2))).isEqualTo("value: [\"x\", 2]");
        assertThat(GalleryReadout.format("y".repeat(500))).hasSize("value: ".length() + 120).endsWith("…");
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.children().stream().flatMap(GalleryTest::tree));
    }
}
