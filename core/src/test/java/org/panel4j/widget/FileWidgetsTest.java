package org.panel4j.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panel4j.layout.Column;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.internal.TransferException;
import org.panel4j.session.internal.Transfers;
import org.panel4j.session.internal.UploadReceiver;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.TestSession;

/**
 * The upload widgets check what the page announces against their limits, receive the bytes strictly in
 * order and no more than announced, and keep nothing of an upload that was refused, abandoned or ended
 * with the session; MenuButton takes only its items, the icon widgets only known icons.
 */
class FileWidgetsTest {

    @TempDir
    Path folder;

    private final ManualScheduler clock = new ManualScheduler();
    private final SessionHost host = SessionHost.create(c -> c.scheduler(clock));
    private final FileInput input = new FileInput("Data");
    private final MenuButton menu = new MenuButton("Export", List.of("CSV", "JSON"));
    private final TestSession page = TestSession.open(session -> new Column(input, menu), host);

    @AfterEach
    void close() {
        page.close();
        host.close();
    }

    private static Map<String, Object> file(String name, long size, String type) {
        return Map.of("name", name, "size", size, "type", type);
    }

    /** Announces {@code files} as the page does and returns the upload's token. */
    private String announce(Map<?, ?>... files) {
        SessionCore.of(page.session()).applyClientEvent(input.id(), "upload",
                Map.of("request", 1, "files", List.of(files)));
        return (String) input.ticketProperty().get().get("token");
    }

    private UploadReceiver receiver(String token) {
        return (UploadReceiver) SessionCore.of(page.session()).transfers().find(token);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> leftOver() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private void refused(Map<String, Object> payload, String message) {
        assertThatThrownBy(() -> SessionCore.of(page.session()).applyClientEvent(input.id(), "upload", payload))
                .isInstanceOf(ClientInputException.class)
                .satisfies(e -> assertThat(((ClientInputException) e).code()).isEqualTo(Code.INVALID_VALUE))
                .hasMessageContaining(message);
        assertThat(input.ticketProperty().get()).isNull();
    }

    @Test
    void announcedFiles_areCheckedAgainstTheLimits_andARefusalOpensNoUpload() {
        input.setMaxFileSize(100);
        input.setMaxTotalSize(150);
        input.setMaxFiles(2);
        refused(Map.of("request", 1, "files", List.of(file("a.txt", 1, ""), file("b.txt", 1, ""))), "at most 1 file");
        input.setMultiple(true);
        refused(Map.of("request", 1, "files", List.of(file("a", 1, ""), file("b", 1, ""), file("c", 1, ""))),
                "at most 2 files");
        refused(Map.of("request", 1, "files", List.of(file("big.txt", 101, "text/plain"))), "at most 100 bytes");
        refused(Map.of("request", 1, "files", List.of(file("a", 80, ""), file("b", 80, ""))), "at most 150 bytes in one upload");
        refused(Map.of("request", 1, "files", List.of(file("../etc/passwd", 1, ""))), "without folders");
        refused(Map.of("request", 1, "files", List.of(file("a\nb.txt", 1, ""))), "control characters");
        refused(Map.of("request", 1, "files", List.of(file("x".repeat(256), 1, ""))), "1 to 255 characters");
        refused(Map.of("request", 1, "files", List.of(file("a.txt", -1, ""))), "non-negative size");
        refused(Map.of("request", 1, "files", List.of(file("a.txt", 1, "text/<b>"))), "media type");
        refused(Map.of("request", 1, "files", List.of()), "at least one file");
        refused(Map.of("request", 1, "files", List.of("a.txt")), "{name, size, type}");
        refused(Map.of("files", List.of(file("a.txt", 1, ""))), "request number");
        input.setAccept(".csv, image/*");
        refused(Map.of("request", 1, "files", List.of(file("a.txt", 1, "text/plain"))), "takes only .csv, image/*");
        assertThat(SessionCore.of(page.session()).transfers().openCount()).isZero();

        announce(file("A.CSV", 1, "text/csv"), file("photo", 1, "image/png"));
        assertThat(SessionCore.of(page.session()).transfers().openCount()).isOne();
    }

    @Test
    void chunksInOrder_becomeTheValue_andTheBytesAreWrittenToTheFolder() throws Exception {
        input.setMultiple(true);
        input.setTemporaryDirectory(folder);
        String token = announce(file("a.txt", 5, "text/plain"), file("empty", 0, ""));
        UploadReceiver upload = receiver(token);

        assertThat(upload.receive(0, 0, bytes("hel"))).isEqualTo(new UploadReceiver.Progress(3, false));
        assertThat(upload.receive(0, 3, bytes("lo"))).isEqualTo(new UploadReceiver.Progress(5, false));
        assertThat(input.getValue()).isEmpty();
        assertThat(upload.receive(1, 0, bytes(""))).isEqualTo(new UploadReceiver.Progress(0, true));

        assertThat(input.getValue()).extracting(UploadedFile::name, UploadedFile::mimeType, UploadedFile::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.txt", "text/plain", 5L),
                        org.assertj.core.groups.Tuple.tuple("empty", "application/octet-stream", 0L));
        assertThat(new String(input.getValue().getFirst().bytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(SessionCore.of(page.session()).transfers().state(token)).isEqualTo(Transfers.State.SPENT);
        assertThat(leftOver()).hasSize(2);

        String next = announce(file("b.txt", 1, "text/plain"));
        receiver(next).receive(0, 0, bytes("b"));
        assertThat(leftOver()).as("the replaced value's files are deleted").hasSize(1);
        page.close();
        assertThat(leftOver()).as("the session's end deletes the value's files").isEmpty();
    }

    @Test
    void aChunkOutOfOrder_dropsTheUpload_andNothingIsKept() throws Exception {
        input.setTemporaryDirectory(folder);
        String token = announce(file("a.txt", 6, "text/plain"));
        UploadReceiver upload = receiver(token);
        upload.receive(0, 0, bytes("abc"));

        assertThatThrownBy(() -> upload.receive(0, 4, bytes("ef"))).isInstanceOf(TransferException.class)
                .hasMessageContaining("out of order").satisfies(e -> assertThat(((TransferException) e).status()).isEqualTo(409));
        assertThat(leftOver()).isEmpty();
        assertThat(SessionCore.of(page.session()).transfers().find(token)).isNull();
        assertThatThrownBy(() -> upload.receive(0, 3, bytes("def"))).isInstanceOf(TransferException.class)
                .satisfies(e -> assertThat(((TransferException) e).status()).isEqualTo(410));
        assertThat(input.getValue()).isEmpty();
    }

    @Test
    void moreBytesThanAnnounced_dropTheUpload_andNothingIsKept() throws Exception {
        input.setTemporaryDirectory(folder);
        UploadReceiver upload = receiver(announce(file("a.txt", 4, "text/plain")));
        upload.receive(0, 0, bytes("ab"));

        assertThatThrownBy(() -> upload.receive(0, 2, bytes("cde"))).isInstanceOf(TransferException.class)
                .hasMessageContaining("larger than the 4 bytes announced")
                .satisfies(e -> assertThat(((TransferException) e).status()).isEqualTo(413));
        assertThat(leftOver()).isEmpty();
        assertThat(input.getValue()).isEmpty();
    }

    @Test
    void anAbandonedUpload_isDroppedAfterTheIdleTimeout_andAnEndedSessionKeepsNothing() throws Exception {
        input.setTemporaryDirectory(folder);
        input.setIdleTimeout(Duration.ofSeconds(5));
        String token = announce(file("a.txt", 4, "text/plain"));
        clock.advance(Duration.ofSeconds(4));
        receiver(token).receive(0, 0, bytes("ab"));
        assertThat(leftOver()).hasSize(1);
        clock.advance(Duration.ofSeconds(4));
        assertThat(leftOver()).as("each chunk restarts the timeout").hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(leftOver()).isEmpty();
        assertThat(SessionCore.of(page.session()).transfers().state(token)).isEqualTo(Transfers.State.SPENT);

        UploadReceiver second = receiver(announce(file("b.txt", 4, "text/plain")));
        second.receive(0, 0, bytes("ab"));
        assertThat(leftOver()).hasSize(1);
        page.close();
        assertThat(leftOver()).isEmpty();
        assertThatThrownBy(() -> second.receive(0, 2, bytes("cd"))).isInstanceOf(TransferException.class)
                .satisfies(e -> assertThat(((TransferException) e).status()).isEqualTo(410));
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void aNewUpload_dropsTheOneUnderWay() throws Exception {
        input.setTemporaryDirectory(folder);
        UploadReceiver first = receiver(announce(file("a.txt", 4, "text/plain")));
        first.receive(0, 0, bytes("ab"));
        announce(file("b.txt", 4, "text/plain"));
        assertThat(leftOver()).isEmpty();
        assertThatThrownBy(() -> first.receive(0, 2, bytes("cd"))).isInstanceOf(TransferException.class);
    }

    @Test
    void menuButton_takesOnlyItsItems_andReportsEachChoice() {
        var chosen = new java.util.ArrayList<String>();
        menu.onClick(event -> chosen.add(event.newValue()));
        SessionCore.of(page.session()).applyClientEvent(menu.id(), "click", Map.of("item", "JSON"));
        SessionCore.of(page.session()).applyClientEvent(menu.id(), "click", Map.of("item", "JSON"));
        assertThat(chosen).containsExactly("JSON", "JSON");
        assertThat(menu.getClicked()).isEqualTo("JSON");
        assertThatThrownBy(() -> SessionCore.of(page.session()).applyClientEvent(menu.id(), "click", Map.of("item", "XML")))
                .isInstanceOf(ClientInputException.class).hasMessageContaining("has no item 'XML'");
        assertThatThrownBy(() -> SessionCore.of(page.session()).applyClientEvent(menu.id(), "click", Map.of("item", 3)))
                .isInstanceOf(ClientInputException.class);
        assertThat(chosen).hasSize(2);
        assertThatThrownBy(() -> menu.setItems(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void iconWidgets_takeOnlyKnownIcons() {
        assertThatThrownBy(() -> new ButtonIcon("<svg onload=alert(1)>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Icons.NAMES");
        assertThatThrownBy(() -> new ToggleIcon("heart", "nope")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ToggleIcon("star", "").getActiveIcon()).isEmpty();
        assertThat(new ButtonIcon("copy").activeIcon("check").getActiveIcon()).isEqualTo("check");
    }
}
