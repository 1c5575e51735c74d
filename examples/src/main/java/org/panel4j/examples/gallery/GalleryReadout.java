package org.panel4j.examples.gallery;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** How the gallery shows an input's value: short, one line, bytes counted rather than shown. */
final class GalleryReadout {

    private static final int MAX = 120;

    private GalleryReadout() {}

    static String format(@Nullable Object value) {
        String text = text(value).replace('\n', ' ');
        return "value: " + (text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text);
    }

    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> '"' + s + '"';
            case byte[] bytes -> bytes.length + " bytes";
            case Collection<?> items -> items.stream().map(GalleryReadout::text).toList().toString();
            default -> value.toString();
        };
    }
}
