package org.panel4j.pane;

import org.jspecify.annotations.Nullable;

/** An audio player of the file at a URL, with the browser's controls (Panel's {@code pane.Audio}). */
public final class Audio extends Media {

    /** A player with nothing to play yet. */
    public Audio() {
        super(null);
    }

    /** A player of {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public Audio(@Nullable String url) {
        super(url);
    }
}
