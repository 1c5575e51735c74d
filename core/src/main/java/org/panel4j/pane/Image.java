package org.panel4j.pane;

import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.Param;

/**
 * The base of {@link JPG}, {@link PNG}, {@link GIF} and {@link WebP}: an image from bytes (checked to be of the format) or a URL,
 * with alternative text. The browser receives bytes as a {@code data:} URL.
 */
public abstract sealed class Image extends Component permits JPG, PNG, GIF, WebP {

    private final Param<Object> object = Param.builder(this, "object", Object.class).nullable()
            .check(this::problem).toWire(this::toWire)
            .doc("The image: its bytes, or a URL (http, https or a path on this server).").build();
    private final Param<String> alt = Param.builder(this, "alt", String.class).value("")
            .doc("Text that describes the image, for screen readers.").build();

    /** The MIME type, e.g. {@code image/jpeg}. */
    protected abstract String mimeType();

    /** Whether {@code bytes} start like this format. */
    protected abstract boolean hasMagic(byte[] bytes);

    /** For the image panes ({@link JPG}, {@link PNG}, {@link GIF}, {@link WebP}). */
    Image() {}

    private @Nullable String problem(Object value) {
        if (value instanceof byte[] bytes) {
            return hasMagic(bytes) ? null : "must be " + label() + " bytes (they start with the wrong signature)";
        }
        if (value instanceof String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://") || url.startsWith("/")
                    ? null : "must be an http(s) URL or a path starting with /";
        }
        return "must be bytes or a URL";
    }

    private Object toWire(Object value) {
        return value instanceof byte[] bytes
                ? "data:" + mimeType() + ";base64," + Base64.getEncoder().encodeToString(bytes)
                : value;
    }

    /** The image bytes or URL, or null when empty. */
    public @Nullable Object getObject() {
        return object.get();
    }

    /**
     * Shows these bytes. @throws IllegalArgumentException if they are not of this format
     */
    public void setObject(byte @Nullable [] bytes) {
        object.set(bytes);
    }

    /** Shows the image at {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public void setUrl(String url) {
        object.set(url);
    }

    /** The {@code object} parameter. */
    public Param<Object> objectProperty() {
        return object;
    }

    /** The alternative text read by screen readers. */
    public String getAlt() {
        return alt.get();
    }

    /** Sets the alternative text. */
    public void setAlt(String value) {
        alt.set(value);
    }

    /** The {@code alt} parameter. */
    public Param<String> altProperty() {
        return alt;
    }

    /** Sets the alternative text; returns this for chaining. */
    public Image alt(String text) {
        alt.set(text);
        return this;
    }

    static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
