package org.panel4j.pane;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.Param;

/**
 * A PDF document, one page at a time with previous/next buttons (Panel's {@code pn.pane.PDF}). The page
 * draws it with pdf.js (from its WebJar, loaded only by pages that show a PDF) into a canvas, so no
 * plugin, frame or change of the page's Content-Security-Policy is needed. From bytes (sent with the
 * page) or a path on this server; the user's page turns set {@code page}.
 */
public final class PDF extends Component {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final Param<Object> object = Param.builder(this, "object", Object.class).nullable()
            .check(PDF::problem).toWire(PDF::toWire)
            .doc("The document: its bytes, or a path on this server (pdf.js fetches it, same origin only).").build();
    private final Param<Integer> page = Param.builder(this, "page", Integer.class).value(1).clientWritable()
            .check(v -> v < 1 || v > 100_000 ? "must be 1 to 100000" : null)
            .doc("The page shown, from 1 (beyond the last, the last shows).").build();

    /** An empty PDF pane. */
    public PDF() {}

    /** Shows {@code bytes}, a PDF document. @throws IllegalArgumentException if they do not start with %PDF- */
    public PDF(byte[] bytes) {
        object.set(bytes);
    }

    /** Shows the PDF at {@code path} on this server. @throws IllegalArgumentException if not a path from / */
    public static PDF fromPath(String path) {
        var pdf = new PDF();
        pdf.setPath(path);
        return pdf;
    }

    private static @Nullable String problem(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    ? null : "must be PDF bytes (starting with %PDF-)";
        }
        if (value instanceof String path) {
            return path.startsWith("/") && !path.startsWith("//") && path.chars().noneMatch(c -> c < 0x21 || c == '\\')
                    ? null : "must be a path on this server starting with /";
        }
        return "must be bytes or a path";
    }

    private static Object toWire(Object value) {
        return value instanceof byte[] bytes ? "data:application/pdf;base64," + Base64.getEncoder().encodeToString(bytes) : value;
    }

    /** The document's bytes or path, or null. */
    public @Nullable Object getObject() {
        return object.get();
    }

    /** Shows these bytes. @throws IllegalArgumentException if they are not a PDF */
    public void setObject(byte @Nullable [] bytes) {
        object.set(bytes);
    }

    /** Shows the PDF at {@code path} on this server. */
    public void setPath(String path) {
        object.set(path);
    }

    /** The {@code object} parameter. */
    public Param<Object> objectProperty() {
        return object;
    }

    /** The page shown, from 1. */
    public int getPage() {
        return page.get();
    }

    /** Shows page {@code value} (1 to 100000). */
    public void setPage(int value) {
        page.set(value);
    }

    /** The {@code page} parameter (the user's page turns set it). */
    public Param<Integer> pageProperty() {
        return page;
    }
}
