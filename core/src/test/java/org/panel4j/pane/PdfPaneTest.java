package org.panel4j.pane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.testing.TestSession;

/** The PDF pane takes PDF bytes or a path on this server, and the page's page turns within bounds. */
class PdfPaneTest {

    private static final byte[] PDF_BYTES = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void bytes_reachThePageAsAPdfDataUrl_andAPathAsIs() {
        var pdf = new PDF(PDF_BYTES);
        try (var page = TestSession.open(session -> pdf)) {
            assertThat(page.clientValue(pdf, "object"))
                    .isEqualTo("data:application/pdf;base64," + Base64.getEncoder().encodeToString(PDF_BYTES));
            pdf.setPath("/reports/q3.pdf");
            page.awaitClientValue(pdf, "object", "/reports/q3.pdf"::equals, java.time.Duration.ofSeconds(5));
        }
    }

    @Test
    void notAPdf_orAPathOffThisServer_isRefused() {
        var pdf = new PDF();
        assertThatThrownBy(() -> pdf.setObject("<html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("%PDF-");
        for (String bad : new String[] {"https://evil.example/x.pdf", "//evil.example/x.pdf", "javascript:alert(1)",
                "/a b.pdf", "/x\\y.pdf"}) {
            assertThatThrownBy(() -> pdf.setPath(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(pdf.getObject()).isNull();
    }

    @Test
    void theUsersPageTurns_setPage_withinBounds() {
        var pdf = new PDF(PDF_BYTES);
        try (var page = TestSession.open(session -> pdf)) {
            page.set(pdf, "page", 2);
            assertThat(pdf.getPage()).isEqualTo(2);
            for (Object bad : new Object[] {0, -1, 100_001, "2", 1.5}) {
                assertThatThrownBy(() -> page.set(pdf, "page", bad)).as(String.valueOf(bad))
                        .isInstanceOfSatisfying(ClientInputException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_VALUE));
            }
            assertThat(pdf.getPage()).isEqualTo(2);
            assertThatThrownBy(() -> page.set(pdf, "object", "/x.pdf"))
                    .isInstanceOfSatisfying(ClientInputException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_WRITABLE));
        }
    }
}
