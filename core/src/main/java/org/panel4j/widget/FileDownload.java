package org.panel4j.widget;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Origin;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.Session;
import org.panel4j.session.internal.SessionCore;

/**
 * A button that downloads a file (Panel's {@code FileDownload}). On a click the server prepares the
 * file on the session's own virtual thread (the page says "Preparing…" meanwhile) and hands the page a
 * one-time link, bound to the session, that serves it once as an attachment (docs/protocol.md, "Files").
 * Either fixed bytes, or a callback that makes the file on each click.
 *
 * {@snippet :
 * var csv = new FileDownload("report.csv", () -> DownloadContent.of("report.csv", report.toCsv()));
 * var fixed = new FileDownload("hello.txt", "Hello\n".getBytes(StandardCharsets.UTF_8));
 * }
 */
public final class FileDownload extends Widget {

    /** How long a prepared file waits for the page to fetch it. */
    public static final Duration LINK_LIFETIME = Duration.ofSeconds(60);

    /** Makes the file of one click; runs on a virtual thread of the session (blocking is fine). */
    @FunctionalInterface
    public interface Preparer {
        /** The file to serve. */
        DownloadContent prepare() throws Exception;
    }

    private final Param<String> filename = Param.builder(this, "filename", String.class).value("")
            .doc("The file's name, shown on the button when it has no name.").build();
    private final Param<ButtonType> buttonType = Param.builder(this, "buttonType", ButtonType.class)
            .value(ButtonType.DEFAULT).doc("The colour role.").build();
    private final Param<Boolean> preparing = Param.builder(this, "preparing", Boolean.class).value(false).readOnly()
            .doc("Whether a file is being prepared.").build();
    private final Param<Integer> downloads = Param.builder(this, "downloads", Integer.class).value(0).readOnly()
            .doc("How many files were prepared for the page.").build();
    private final Param<Map<String, Object>> ticket = Param.<Map<String, Object>>builder(this, "ticket").nullable()
            .readOnly().doc("The answer to the page's last click: its number and a one-time token, or an error.").build();
    private final Preparer preparer;

    /** A button serving {@code bytes} (copied now) as {@code filename}. */
    public FileDownload(String filename, byte[] bytes) {
        this(filename, fixed(filename, bytes));
    }

    /** A button serving what {@code preparer} makes on each click, labelled with {@code filename}. */
    public FileDownload(String filename, Preparer preparer) {
        this.preparer = Objects.requireNonNull(preparer, "preparer");
        setFilename(filename);
    }

    /** A button serving an empty {@code file.bin}. */
    public FileDownload() {
        this("file.bin", new byte[0]);
    }

    private static Preparer fixed(String filename, byte[] bytes) {
        DownloadContent content = DownloadContent.of(filename, bytes);
        return () -> content;
    }

    /** The file's name. */
    public String getFilename() {
        return filename.get();
    }

    /** Sets the file's name (the label when the button has no name). */
    public void setFilename(String value) {
        filename.set(value);
    }

    /** The {@code filename} parameter. */
    public Param<String> filenameProperty() {
        return filename;
    }

    /** The colour role. */
    public ButtonType getButtonType() {
        return buttonType.get();
    }

    /** Sets the colour role. */
    public void setButtonType(ButtonType value) {
        buttonType.set(value);
    }

    /** The {@code buttonType} parameter. */
    public Param<ButtonType> buttonTypeProperty() {
        return buttonType;
    }

    /** Sets the colour role; returns this for chaining. */
    public FileDownload buttonType(ButtonType value) {
        setButtonType(value);
        return this;
    }

    /** Whether a file is being prepared. */
    public boolean isPreparing() {
        return preparing.get();
    }

    /** The read-only {@code preparing} parameter. */
    public ReadOnlyParam<Boolean> preparingProperty() {
        return preparing;
    }

    /** How many files were prepared for the page (each served at most once). */
    public int getDownloads() {
        return downloads.get();
    }

    /** The read-only {@code downloads} parameter, to watch. */
    public ReadOnlyParam<Integer> downloadsProperty() {
        return downloads;
    }

    /** The answer to the page's last click (its number and a one-time token, or an error), or null. */
    public @Nullable Map<String, Object> getTicket() {
        return ticket.get();
    }

    /** The read-only {@code ticket} parameter (the page's one-time link; plumbing). */
    public ReadOnlyParam<Map<String, Object>> ticketProperty() {
        return ticket;
    }

    /**
     * Handles {@code click} with {@code {"request": n}}: prepares the file on a task of the session, then
     * answers a one-time token in {@code ticket}; refused when disabled or hidden.
     */
    @Override
    public void applyClientEvent(Session session, String event, Map<String, Object> payload) {
        if (!"click".equals(event)) {
            super.applyClientEvent(session, event, payload);
        }
        checkAcceptsInput(event);
        if (!(payload.get("request") instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE, label() + " needs a request number");
        }
        long request = n.longValue();
        setByOwner(preparing, true, Origin.CLIENT, session);
        session.submit((s, task) -> prepare(s, request));
    }

    private void prepare(Session session, long request) {
        try {
            DownloadContent content = preparer.prepare();
            var download = new PreparedDownload(content);
            var transfers = SessionCore.of(session).transfers();
            String token = transfers.add(download);
            session.host().scheduler().schedule(LINK_LIFETIME, () -> {
                if (transfers.spend(token) != null) {
                    download.abort("not fetched within " + LINK_LIFETIME);
                }
            });
            session.hold(() -> {
                setByOwner(ticket, Map.of("request", request, "token", token, "filename", content.filename()),
                        Origin.SERVER, session);
                setByOwner(downloads, getDownloads() + 1, Origin.SERVER, session);
                setByOwner(preparing, false, Origin.SERVER, session);
            });
        } catch (Exception e) {
            setByOwner(ticket, Map.of("request", request, "error", "The file could not be prepared."),
                    Origin.SERVER, session);
            setByOwner(preparing, false, Origin.SERVER, session);
            SessionCore.of(session).report(e, "download", null, this);
        }
    }
}
