package org.panel4j.session.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives one upload's files in order, chunk by chunk (docs/protocol.md, "Files"). Not API.
 * Any refusal aborts the whole upload and deletes what it had received.
 */
public non-sealed interface UploadReceiver extends Transfer {

    /**
     * Appends {@code body} to file {@code file} at {@code offset}; returns the bytes of that file
     * received so far and whether the whole upload is complete.
     *
     * @throws TransferException for a chunk out of order, over the declared size, or after the end
     * @throws IOException       if reading the body or writing the bytes failed (the upload is aborted)
     */
    Progress receive(int file, long offset, InputStream body) throws IOException;

    /** Where an upload stands after a chunk. @param received bytes of the chunk's file so far @param complete all files are in */
    record Progress(long received, boolean complete) {}
}
