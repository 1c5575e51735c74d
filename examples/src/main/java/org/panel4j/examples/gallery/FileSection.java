package org.panel4j.examples.gallery;

import java.util.List;

/** File upload and download. */
final class FileSection implements GallerySection {

    @Override
    public String title() {
        return "Files";
    }

    @Override
    public List<GalleryEntry> entries() {
        return List.of();
    }
}
