package org.panel4j.examples.gallery;

import java.util.Objects;
import org.panel4j.component.Component;

/**
 * One component in the gallery: its title (usually the class name), the short code that makes it,
 * and the component that code made, built fresh for each session.
 */
public record GalleryEntry(String title, String code, Component component) {

    /** An entry; {@code code} is shown as written (Java, a few lines). */
    public GalleryEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(component, "component");
    }
}
