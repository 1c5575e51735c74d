package org.panel4j.pane;

import org.jspecify.annotations.Nullable;

/** A JPG image, from bytes (checked to be JPG) or a URL. */
public final class JPG extends Image {

    /** An empty image. */
    public JPG() {}

    /** Shows {@code bytes}. @throws IllegalArgumentException if they are not JPG */
    public JPG(byte @Nullable [] bytes) {
        setObject(bytes);
    }

    /** Shows the image at {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public static JPG fromUrl(String url) {
        var image = new JPG();
        image.setUrl(url);
        return image;
    }

    /** Whether {@code bytes} carry the JPG signature. */
    public static boolean matches(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xD8, 0xFF);
    }

    @Override
    protected String mimeType() {
        return "image/jpeg";
    }

    @Override
    protected boolean hasMagic(byte[] bytes) {
        return matches(bytes);
    }
}
