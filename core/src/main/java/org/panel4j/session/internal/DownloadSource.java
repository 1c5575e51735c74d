package org.panel4j.session.internal;

import java.io.InputStream;

/** A prepared file, served once (docs/protocol.md, "Files"). Not API. */
public non-sealed interface DownloadSource extends Transfer {

    /** The file name, as the page saves it. */
    String filename();

    /** The media type, e.g. {@code text/csv}. */
    String mimeType();

    /** The length in bytes, or -1 if unknown. */
    long length();

    /** The bytes; called at most once, and the caller closes the stream. */
    InputStream open();
}
