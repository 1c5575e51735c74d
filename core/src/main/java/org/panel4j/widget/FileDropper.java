package org.panel4j.widget;

/**
 * A drop zone for files (Panel's {@code FileDropper}): files dropped on it, or chosen after a click or
 * Enter, are uploaded in chunks with progress shown, checked on the server like {@link FileInput}'s,
 * and listed in {@code value} once complete. Takes several files by default.
 */
public final class FileDropper extends UploadWidget {

    /** An unlabelled drop zone for several files. */
    public FileDropper() {
        this("");
    }

    /** A drop zone for several files labelled {@code name}. */
    public FileDropper(String name) {
        init(name, true);
    }
}
