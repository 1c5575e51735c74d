package org.panel4j.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file a page uploaded ({@link FileInput}, {@link FileDropper}): its name and media type as the
 * browser gave them, its size, and its bytes in a temporary file the widget owns. The temporary file
 * is deleted when the widget's value is replaced or the session ends: read or copy it in the callback.
 *
 * @param name     the file's name without any folder, at most 255 characters, no control characters
 * @param mimeType the media type the browser reported, {@code application/octet-stream} if none
 * @param size     the size in bytes
 * @param path     the temporary file holding the bytes
 */
public record UploadedFile(String name, String mimeType, long size, Path path) {

    /** Validates the fields. */
    public UploadedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(path, "path");
        if (size < 0) {
            throw new IllegalArgumentException("UploadedFile.size must not be negative, not " + size);
        }
    }

    /** All the bytes, read now (the widget's limits bound the size). */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload of " + name + ": " + e.getMessage(), e);
        }
    }

    /** A stream of the bytes; the caller closes it. */
    public InputStream openStream() throws IOException {
        return Files.newInputStream(path);
    }

    /** Name, type and size; never the bytes. */
    @Override
    public String toString() {
        return name + " (" + mimeType + ", " + size + " bytes)";
    }
}
