package org.panel4j.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.panel4j.session.internal.DownloadSource;

/** A {@link DownloadContent} behind a one-time token: opened once, or closed unserved when dropped. */
final class PreparedDownload implements DownloadSource {

    private final DownloadContent content;
    private final AtomicBoolean used = new AtomicBoolean();

    PreparedDownload(DownloadContent content) {
        this.content = content;
    }

    @Override
    public String filename() {
        return content.filename();
    }

    @Override
    public String mimeType() {
        return content.mimeType();
    }

    @Override
    public long length() {
        return content.length();
    }

    @Override
    public InputStream open() {
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("a download is served once");
        }
        try {
            return content.source().open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void abort(String why) {
        if (used.compareAndSet(false, true)) {
            try {
                content.source().open().close(); // a stream handed in by the app is closed unserved
            } catch (IOException | RuntimeException e) {
                // nothing to keep: the download was never served
            }
        }
    }
}
