package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client text in logs and error messages: bounded, and unable to start a log line of its own. */
class ClientTextTest {

    @Test
    void aNewlineInClientText_cannotStartANewLogLine() {
        String forged = "c1\n2026-11-27 12:00:00.000:WARN :opsi.SocketEndpoint:: forged\r\u0085\u2028\u2029x";
        String line = "Session abc: refused " + ClientText.bounded(forged, 200);
        assertThat(line.lines()).hasSize(1);
        assertThat(line).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029")
                .contains("c1\\n2026-11-27", "\\r\\u0085\\u2028\\u2029x");
    }

    @Test
    void controlAndFormatCharacters_areEscaped_printableTextIsKept() {
        assertThat(ClientText.bounded("a\tb\u0000c\u001b[31m\u202eevil\u200bz é 漢字 😀"))
                .isEqualTo("a\\tb\\u0000c\\u001b[31m\\u202eevil\\u200bz é 漢字 😀");
        assertThat(ClientText.bounded(null)).isEqualTo("null");
        assertThat(ClientText.bounded("\ud800 lone")).isEqualTo("\\ud800 lone");
    }

    @Test
    void longText_isCutAndSaysHowLongItWas() {
        String huge = "x".repeat(256 * 1024);
        assertThat(ClientText.bounded(huge)).isEqualTo("x".repeat(64) + "…(262144 chars)");
        assertThat(ClientText.bounded("y".repeat(64))).isEqualTo("y".repeat(64));
        String escapes = "\n".repeat(1000);
        assertThat(ClientText.bounded(escapes)).hasSizeLessThan(64 + 20).endsWith("…(1000 chars)");
        assertThat(ClientText.bounded("😀".repeat(100), 5)).isEqualTo("😀😀😀…(200 chars)"); // never half a pair
    }
}
