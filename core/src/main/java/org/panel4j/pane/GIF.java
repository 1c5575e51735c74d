package org.panel4j.pane;

import org.jspecify.annotations.Nullable;

/** A GIF image (animated ones play), from bytes (checked to be GIF) or a URL. */
public final class GIF extends Image {

    /** An empty image. */
    public GIF() {}

    /** Shows {@code bytes}. @throws IllegalArgumentException if they are not GIF */
    public GIF(byte @Nullable [] bytes) {
        setObject(bytes);
    }

    /** Shows the image at {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public static GIF fromUrl(String url) {
        var image = new GIF();
        image.setUrl(url);
        return image;
    }

    /** Whether {@code bytes} carry the GIF signature (GIF87a or GIF89a). */
    public static boolean matches(byte[] bytes) {
        return startsWith(bytes, 0x47, 0x49, 0x46, 0x38) && bytes.length > 5
                && (bytes[4] == '7' || bytes[4] == '9') && bytes[5] == 'a';
    }

    @Override
    protected String mimeType() {
        return "image/gif";
    }

    @Override
    protected boolean hasMagic(byte[] bytes) {
        return matches(bytes);
    }
}
