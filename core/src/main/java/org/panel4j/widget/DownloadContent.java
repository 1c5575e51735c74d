package org.panel4j.widget;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.Objects;

/**
 * What a {@link FileDownload} serves: a file name, a media type, a length (-1 if unknown) and where the
 * bytes come from, opened once when the page fetches them.
 *
 * @param filename the name the page saves the file under (encoded safely in the response)
 * @param mimeType the media type, e.g. {@code text/csv}
 * @param length   the length in bytes, or -1 if unknown
 * @param source   opens the bytes; called at most once
 */
public record DownloadContent(String filename, String mimeType, long length, Source source) {

    /** Opens the bytes of a download. */
    @FunctionalInterface
    public interface Source {
        /** The bytes; the caller closes the stream. */
        InputStream open() throws IOException;
    }

    /** Validates the fields. */
    public DownloadContent {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(source, "source");
        if (filename.isBlank()) {
            throw new IllegalArgumentException("DownloadContent.filename must not be blank");
        }
        if (length < -1) {
            throw new IllegalArgumentException("DownloadContent.length must be -1 or more, not " + length);
        }
    }

    /** {@code bytes} under {@code filename}, of the type its extension suggests. */
    public static DownloadContent of(String filename, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new DownloadContent(filename, guessType(filename), copy.length, () -> new ByteArrayInputStream(copy));
    }

    /** The rest of {@code stream} under {@code filename}, of type {@code mimeType}; the stream is closed after serving. */
    public static DownloadContent of(String filename, String mimeType, InputStream stream) {
        Objects.requireNonNull(stream, "stream");
        return new DownloadContent(filename, mimeType, -1, () -> stream);
    }

    /** The media type for {@code filename}'s extension, {@code application/octet-stream} if unknown. */
    static String guessType(String filename) {
        String type = URLConnection.guessContentTypeFromName(filename);
        return type == null ? "application/octet-stream" : type;
    }
}
