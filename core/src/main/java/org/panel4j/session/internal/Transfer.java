package org.panel4j.session.internal;

/**
 * Something a page moves over HTTP outside its socket, behind a one-time token of its session
 * ({@link Transfers}): an upload the page sends in chunks, or a file it downloads once. Not API.
 */
public sealed interface Transfer permits UploadReceiver, DownloadSource {

    /** Gives up: deletes what was received or closes what was prepared. Idempotent; never throws. */
    void abort(String why);
}
