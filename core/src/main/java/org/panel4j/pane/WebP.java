package org.panel4j.pane;

import org.jspecify.annotations.Nullable;

/** A WebP image, from bytes (checked to be WebP) or a URL. */
public final class WebP extends Image {

    /** An empty image. */
    public WebP() {}

    /** Shows {@code bytes}. @throws IllegalArgumentException if they are not WebP */
    public WebP(byte @Nullable [] bytes) {
        setObject(bytes);
    }

    /** Shows the image at {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public static WebP fromUrl(String url) {
        var image = new WebP();
        image.setUrl(url);
        return image;
    }

    /** Whether {@code bytes} carry the WebP signature (RIFF…WEBP). */
    public static boolean matches(byte[] bytes) {
        return startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && bytes.length >= 12
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P';
    }

    @Override
    protected String mimeType() {
        return "image/webp";
    }

    @Override
    protected boolean hasMagic(byte[] bytes) {
        return matches(bytes);
    }
}
