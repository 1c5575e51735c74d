package org.panel4j.examples.gallery;

import java.util.List;

/** A group of the gallery (a tab): its title and its entries, built fresh for each session. */
interface GallerySection {

    /** The tab's title. */
    String title();

    /** The entries, in the order shown. */
    List<GalleryEntry> entries();
}
