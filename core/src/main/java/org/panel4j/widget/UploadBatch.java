package org.panel4j.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.internal.TransferException;
import org.panel4j.session.internal.UploadReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upload of an {@link UploadWidget}: receives the announced files strictly in order, writing each
 * chunk to a temporary file as it is read (through one small buffer, so the bytes are never held twice),
 * refusing any chunk out of order or beyond a file's announced size. A refusal, a failed read, no chunk
 * within the idle timeout, a newer upload or the session's end drops it and deletes its files.
 */
final class UploadBatch implements UploadReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(UploadBatch.class);
    private static final int BUFFER = 64 * 1024;

    private final UploadWidget widget;
    private final Session session;
    private final List<UploadWidget.Announced> files;
    private final @Nullable Path folder;
    private final Duration idleTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Path> written = new ArrayList<>();
    private @Nullable String token;
    private @Nullable OutputStream out;
    private @Nullable Registration idleTimer;
    private int current;
    private long received;
    private @Nullable String ended;

    UploadBatch(UploadWidget widget, Session session, List<UploadWidget.Announced> files, @Nullable Path folder,
                Duration idleTimeout) {
        this.widget = widget;
        this.session = session;
        this.files = files;
        this.folder = folder;
        this.idleTimeout = idleTimeout;
    }

    /** Starts waiting for the first chunk under {@code token}. */
    void start(String token) {
        lock.lock();
        try {
            this.token = token;
            if (ended == null) {
                armIdleTimer();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Progress receive(int file, long offset, InputStream body) throws IOException {
        List<UploadedFile> complete = null;
        Registration deleteAtEnd = null;
        lock.lock();
        try {
            if (ended != null) {
                throw new TransferException(410, "This upload has ended (" + ended + "); start it again");
            }
            if (file != current || offset != received) {
                drop("a chunk came out of order");
                throw new TransferException(409, "Chunk out of order: expected file " + current + " at byte "
                        + received + "; the upload was dropped");
            }
            UploadWidget.Announced announced = files.get(current);
            try {
                if (out == null) {
                    Path path = folder == null ? Files.createTempFile("panel4j-upload-", ".part")
                            : Files.createTempFile(folder, "panel4j-upload-", ".part");
                    written.add(path);
                    out = Files.newOutputStream(path);
                }
                copy(body, announced);
            } catch (IOException e) {
                drop("reading the chunk failed");
                throw e;
            }
            long fileBytes = received;
            if (received == announced.size()) {
                out.close();
                out = null;
                current++;
                received = 0;
            }
            if (current < files.size()) {
                armIdleTimer();
                return new Progress(fileBytes, false);
            }
            ended = "it is complete";
            cancelIdleTimer();
            complete = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                UploadWidget.Announced f = files.get(i);
                complete.add(new UploadedFile(f.name(), f.mimeType(), f.size(), written.get(i)));
            }
            List<Path> paths = List.copyOf(written);
            deleteAtEnd = session.onDestroyed(s -> delete(paths));
        } finally {
            lock.unlock();
        }
        SessionCore.of(session).transfers().spend(token);
        widget.completed(this, session, List.copyOf(complete), deleteAtEnd);
        return new Progress(files.getLast().size(), true);
    }

    private void copy(InputStream body, UploadWidget.Announced announced) throws IOException {
        var buffer = new byte[BUFFER];
        while (true) {
            long room = announced.size() - received;
            int n = body.read(buffer, 0, (int) Math.min(buffer.length, room + 1));
            if (n < 0) {
                return;
            }
            if (n > room) {
                drop("a file was larger than announced");
                throw new TransferException(413, "File " + current + " is larger than the " + announced.size()
                        + " bytes announced; the upload was dropped");
            }
            out.write(buffer, 0, n);
            received += n;
        }
    }

    @Override
    public void abort(String why) {
        lock.lock();
        try {
            if (ended != null) {
                return;
            }
            drop(why);
        } finally {
            lock.unlock();
        }
    }

    /** Ends the upload and deletes its files; holds the lock. */
    private void drop(String why) {
        ended = "dropped: " + why;
        cancelIdleTimer();
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("Closing an upload's file failed: {}", e.toString());
            }
            out = null;
        }
        delete(written);
        if (token != null) {
            SessionCore.of(session).transfers().spend(token);
        }
        widget.dropped(this);
        LOG.info("Session {}: an upload to {} was dropped: {}", session.shortId(), widget.label(), why);
    }

    private void armIdleTimer() {
        cancelIdleTimer();
        idleTimer = session.host().scheduler().schedule(idleTimeout, () -> abort("no chunk came for " + idleTimeout));
    }

    private void cancelIdleTimer() {
        if (idleTimer != null) {
            idleTimer.cancel();
            idleTimer = null;
        }
    }

    /** Deletes {@code paths}, logging what could not be deleted. */
    static void delete(List<Path> paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not delete the upload file {}: {}", path, e.toString());
            }
        }
    }
}
