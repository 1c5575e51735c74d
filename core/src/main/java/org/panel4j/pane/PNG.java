package org.panel4j.pane;

import org.jspecify.annotations.Nullable;

/** A PNG image, from bytes (checked to be PNG) or a URL. */
public final class PNG extends Image {

    /** An empty image. */
    public PNG() {}

    /** Shows {@code bytes}. @throws IllegalArgumentException if they are not PNG */
    public PNG(byte @Nullable [] bytes) {
        setObject(bytes);
    }

    /** Shows the image at {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public static PNG fromUrl(String url) {
        var image = new PNG();
        image.setUrl(url);
        return image;
    }

    /** Whether {@code bytes} carry the PNG signature. */
    public static boolean matches(byte[] bytes) {
        return startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
    }

    @Override
    protected String mimeType() {
        return "image/png";
    }

    @Override
    protected boolean hasMagic(byte[] bytes) {
        return matches(bytes);
    }
}
