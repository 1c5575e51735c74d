package org.panel4j.pane;

import org.jspecify.annotations.Nullable;

/** A video player of the file at a URL, with the browser's controls (Panel's {@code pane.Video}). */
public final class Video extends Media {

    /** A player with nothing to play yet. */
    public Video() {
        super(null);
    }

    /** A player of {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public Video(@Nullable String url) {
        super(url);
    }
}
