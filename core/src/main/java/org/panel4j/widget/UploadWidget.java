package org.panel4j.widget;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Origin;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;
import org.panel4j.session.internal.SessionCore;

/**
 * The shared part of {@link FileInput} and {@link FileDropper}: the page announces the files it is about
 * to send (names, types, sizes), the server checks them against {@code accept}, {@code multiple},
 * {@code maxFiles}, {@code maxFileSize} and {@code maxTotalSize} and answers a one-time upload token; the
 * page then sends the bytes in order, in chunks, over HTTP, and the server writes them to temporary
 * files as they arrive, refusing any byte beyond what was announced (docs/protocol.md, "Files").
 * Once every file is in, {@code value} lists them. Nothing of a refused, interrupted or abandoned
 * upload is kept.
 */
public abstract sealed class UploadWidget extends Widget implements HasValue<List<UploadedFile>>
        permits FileInput, FileDropper {

    /** The bytes the page sends per request; the server refuses a larger chunk. */
    public static final int CHUNK_SIZE = 256 * 1024;

    private static final int MAX_NAME = 255;
    private static final int MAX_TYPE = 127;
    private static final Pattern MIME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9!#$&^_.+-]+");

    private final Param<List<UploadedFile>> value = Param.<List<UploadedFile>>builder(this, "value").value(List.of())
            .readOnly().toWire(UploadWidget::describe).doc("The files of the last complete upload.").build();
    private final Param<String> accept = Param.builder(this, "accept", String.class).value("")
            .doc("The file types taken, as in HTML's accept: '.csv,image/*'; empty: any.").build();
    private final Param<Boolean> multiple = Param.builder(this, "multiple", Boolean.class).value(false)
            .doc("Whether several files may be chosen at once.").build();
    private final Param<Integer> maxFiles = Param.builder(this, "maxFiles", Integer.class).value(10)
            .bounds(() -> 1, () -> 1000).doc("The most files in one upload (with multiple).").build();
    private final Param<Long> maxFileSize = Param.builder(this, "maxFileSize", Long.class).value(10L * 1024 * 1024)
            .bounds(() -> 0L, () -> Long.MAX_VALUE).doc("The largest file taken, in bytes.").build();
    private final Param<Long> maxTotalSize = Param.builder(this, "maxTotalSize", Long.class).value(50L * 1024 * 1024)
            .bounds(() -> 0L, () -> Long.MAX_VALUE).doc("The most bytes in one upload, all files together.").build();
    private final Param<Map<String, Object>> ticket = Param.<Map<String, Object>>builder(this, "ticket").nullable()
            .readOnly().doc("The answer to the page's last upload request: its number and one-time token.").build();

    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable UploadBatch receiving;
    private @Nullable Registration cleanup;
    private volatile @Nullable Path temporaryDirectory;
    private volatile Duration idleTimeout = Duration.ofSeconds(60);

    UploadWidget() {}

    /** A file the page announced. */
    record Announced(String name, String mimeType, long size) {}

    private static List<Map<String, Object>> describe(List<UploadedFile> files) {
        return files.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("mimeType", f.mimeType());
            m.put("size", f.size());
            return m;
        }).toList();
    }

    @Override
    public Param<List<UploadedFile>> valueProperty() {
        return value;
    }

    /** The file types taken ({@code .csv,image/*}); empty for any. */
    public String getAccept() {
        return accept.get();
    }

    /** Sets the file types taken, as in HTML's {@code accept}; the server checks names and types against it. */
    public void setAccept(String types) {
        accept.set(types);
    }

    /** The {@code accept} parameter. */
    public Param<String> acceptProperty() {
        return accept;
    }

    /** Whether several files may be sent at once. */
    public boolean isMultiple() {
        return multiple.get();
    }

    /** Sets whether several files may be sent at once. */
    public void setMultiple(boolean value) {
        multiple.set(value);
    }

    /** The {@code multiple} parameter. */
    public Param<Boolean> multipleProperty() {
        return multiple;
    }

    /** The most files in one upload. */
    public int getMaxFiles() {
        return maxFiles.get();
    }

    /** Sets the most files in one upload (1 to 1,000). */
    public void setMaxFiles(int value) {
        maxFiles.set(value);
    }

    /** The {@code maxFiles} parameter. */
    public Param<Integer> maxFilesProperty() {
        return maxFiles;
    }

    /** The largest file taken, in bytes (default 10 MiB). */
    public long getMaxFileSize() {
        return maxFileSize.get();
    }

    /** Sets the largest file taken, in bytes. */
    public void setMaxFileSize(long bytes) {
        maxFileSize.set(bytes);
    }

    /** The {@code maxFileSize} parameter. */
    public Param<Long> maxFileSizeProperty() {
        return maxFileSize;
    }

    /** The most bytes in one upload, all files together (default 50 MiB). */
    public long getMaxTotalSize() {
        return maxTotalSize.get();
    }

    /** Sets the most bytes in one upload. */
    public void setMaxTotalSize(long bytes) {
        maxTotalSize.set(bytes);
    }

    /** The {@code maxTotalSize} parameter. */
    public Param<Long> maxTotalSizeProperty() {
        return maxTotalSize;
    }

    /** The answer to the page's last upload request (its number, one-time token and chunk size), or null. */
    public @Nullable Map<String, Object> getTicket() {
        return ticket.get();
    }

    /** The read-only {@code ticket} parameter (the page's upload token; plumbing). */
    public ReadOnlyParam<Map<String, Object>> ticketProperty() {
        return ticket;
    }

    /** The folder for the temporary files; null (the default) for the system's temporary folder. */
    public @Nullable Path getTemporaryDirectory() {
        return temporaryDirectory;
    }

    /** Sets the folder for the temporary files (null: the system's). */
    public void setTemporaryDirectory(@Nullable Path folder) {
        temporaryDirectory = folder;
    }

    /** How long an upload may wait for its next chunk before it is dropped (default 60 s). */
    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    /** Sets how long an upload may wait for its next chunk before it is dropped with what it received. */
    public void setIdleTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(label() + ".idleTimeout must be positive, not " + timeout);
        }
        idleTimeout = timeout;
    }

    /**
     * Handles {@code upload} with {@code {"request": n, "files": [{"name", "size", "type"}]}}: checks the
     * files against the limits ({@code invalid_value} otherwise), drops an upload still under way, and
     * answers a one-time token in {@code ticket}.
     */
    @Override
    public void applyClientEvent(Session session, String event, Map<String, Object> payload) {
        if (!"upload".equals(event)) {
            super.applyClientEvent(session, event, payload);
        }
        checkAcceptsInput(event);
        Object request = payload.get("request");
        if (!(request instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() < 0) {
            throw invalid("needs a request number");
        }
        List<Announced> files = announced(payload.get("files"));
        var batch = new UploadBatch(this, session, files, temporaryDirectory, idleTimeout);
        UploadBatch previous;
        lock.lock();
        try {
            previous = receiving;
            receiving = batch;
        } finally {
            lock.unlock();
        }
        if (previous != null) {
            previous.abort("a new upload started");
        }
        String token = SessionCore.of(session).transfers().add(batch);
        batch.start(token);
        setByOwner(ticket, Map.of("request", n.longValue(), "token", token, "chunkSize", CHUNK_SIZE),
                Origin.CLIENT, session);
    }

    /** The announced files, checked against the limits. @throws ClientInputException if one is not taken */
    List<Announced> announced(@Nullable Object files) {
        if (!(files instanceof List<?> list) || list.isEmpty()) {
            throw invalid("needs at least one file");
        }
        int most = isMultiple() ? getMaxFiles() : 1;
        if (list.size() > most) {
            throw invalid("takes at most " + most + (most == 1 ? " file" : " files") + " at once, not " + list.size());
        }
        var out = new ArrayList<Announced>(list.size());
        long total = 0;
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> file) || !(file.get("name") instanceof String name)
                    || !(file.get("size") instanceof Number size) || !(file.get("type") instanceof String type)) {
                throw invalid("needs each file as {name, size, type}");
            }
            checkName(name);
            long bytes = size.longValue();
            if (size.doubleValue() != bytes || bytes < 0) {
                throw invalid("needs a whole, non-negative size for '" + ClientText.bounded(name) + "'");
            }
            if (bytes > getMaxFileSize()) {
                throw invalid("takes files of at most " + getMaxFileSize() + " bytes; '" + ClientText.bounded(name)
                        + "' has " + bytes);
            }
            total += bytes;
            if (total > getMaxTotalSize()) {
                throw invalid("takes at most " + getMaxTotalSize() + " bytes in one upload");
            }
            String mime = type.isEmpty() ? "application/octet-stream" : type;
            if (mime.length() > MAX_TYPE || !MIME.matcher(mime).matches()) {
                throw invalid("needs a media type like text/csv for '" + ClientText.bounded(name) + "'");
            }
            if (!accepts(name, mime)) {
                throw invalid("takes only " + ClientText.bounded(getAccept()) + ", not '" + ClientText.bounded(name) + "'");
            }
            out.add(new Announced(name, mime.toLowerCase(Locale.ROOT), bytes));
        }
        return List.copyOf(out);
    }

    private void checkName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME || name.equals(".") || name.equals("..")
                || name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            throw invalid("needs file names of 1 to " + MAX_NAME
                    + " characters without folders or control characters, not '" + ClientText.bounded(name) + "'");
        }
    }

    /** Whether {@code accept} takes a file of {@code name} and {@code mime}. */
    boolean accepts(String name, String mime) {
        String types = getAccept().trim();
        if (types.isEmpty()) {
            return true;
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerMime = mime.toLowerCase(Locale.ROOT);
        for (String raw : types.split(",")) {
            String t = raw.trim().toLowerCase(Locale.ROOT);
            if (t.startsWith(".") ? lowerName.endsWith(t) && lowerName.length() > t.length()
                    : t.endsWith("/*") ? lowerMime.startsWith(t.substring(0, t.length() - 1)) : lowerMime.equals(t)) {
                return true;
            }
        }
        return false;
    }

    private ClientInputException invalid(String why) {
        return new ClientInputException(ClientInputException.Code.INVALID_VALUE, label() + " " + why);
    }

    /** Called by {@code batch} once all its files are in: they become the value, the old files are deleted. */
    void completed(UploadBatch batch, Session session, List<UploadedFile> files, Registration deleteAtEnd) {
        Registration old;
        List<UploadedFile> oldFiles;
        lock.lock();
        try {
            if (receiving == batch) {
                receiving = null;
            }
            old = cleanup;
            cleanup = deleteAtEnd;
            oldFiles = value.get();
        } finally {
            lock.unlock();
        }
        setByOwner(value, files, Origin.CLIENT, session);
        if (old != null) {
            old.cancel();
        }
        UploadBatch.delete(oldFiles.stream().map(UploadedFile::path).toList());
    }

    /** Called by {@code batch} when it was dropped. */
    void dropped(UploadBatch batch) {
        lock.lock();
        try {
            if (receiving == batch) {
                receiving = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** For subclasses' constructors. */
    void init(String name, boolean multipleFiles) {
        setName(Objects.requireNonNull(name, "name"));
        setMultiple(multipleFiles);
    }
}
