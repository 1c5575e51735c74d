package org.panel4j.examples.gallery;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.panel4j.component.Component;
import org.panel4j.layout.Column;
import org.panel4j.widget.DownloadContent;
import org.panel4j.widget.FileDownload;
import org.panel4j.widget.FileDropper;
import org.panel4j.widget.FileInput;
import org.panel4j.widget.UploadWidget;
import org.panel4j.widget.UploadedFile;

/** File upload and download. */
final class FileSection implements GallerySection {

    @Override
    public String title() {
        return "Files";
    }

    @Override
    public List<GalleryEntry> entries() {
        var input = new FileInput("Data file");
        input.setAccept(".csv,.txt,.json,image/*");
        var dropper = new FileDropper("Attachments");
        dropper.setMaxFileSize(5 * 1024 * 1024);
        var report = new FileDownload("report.csv", () -> DownloadContent.of("report.csv",
                ("time,value\n" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + ",42\n")
                        .getBytes(StandardCharsets.UTF_8)));
        var fixed = new FileDownload("hello.txt", "Hello from panel4j\n".getBytes(StandardCharsets.UTF_8));
        return List.of(
                new GalleryEntry("FileInput", """
                        var input = new FileInput("Data file");
                        input.setAccept(".csv,.txt,.json,image/*");""", withReadout(input)),
                new GalleryEntry("FileDropper", """
                        var dropper = new FileDropper("Attachments");
                        dropper.setMaxFileSize(5 * 1024 * 1024);""", withReadout(dropper)),
                new GalleryEntry("FileDownload", """
                        new FileDownload("report.csv", () -> DownloadContent.of("report.csv",
                                ("time,value\\n" + LocalTime.now() + ",42\\n").getBytes(UTF_8)))""", report),
                new GalleryEntry("FileDownload (fixed bytes)", """
                        new FileDownload("hello.txt", "Hello from panel4j\\n".getBytes(UTF_8))""", fixed));
    }

    /**
     * The widget above the server's value (set by the upload, not client-writable, so the gallery adds
     * none): each file's name, type and size.
     */
    private static Component withReadout(UploadWidget input) {
        return new Column(input, Gallery.readout(input));   // UploadedFile.toString: name, type, size; never the bytes
    }
}
