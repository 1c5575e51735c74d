package org.panel4j.widget;

/**
 * A file chooser (Panel's {@code FileInput}): the chosen file, or files with {@code multiple}, are
 * uploaded in chunks with progress shown, checked against {@code accept} and the size limits on the
 * server, and listed in {@code value} once complete (see {@link UploadWidget}).
 *
 * {@snippet :
 * var input = new FileInput("Data");
 * input.setAccept(".csv");
 * input.valueProperty().watch(event -> rows.setValue(countLines(event.newValue().getFirst().bytes())));
 * }
 */
public final class FileInput extends UploadWidget {

    /** An unlabelled chooser of one file. */
    public FileInput() {
        this("");
    }

    /** A chooser of one file labelled {@code name}. */
    public FileInput(String name) {
        init(name, false);
    }
}
