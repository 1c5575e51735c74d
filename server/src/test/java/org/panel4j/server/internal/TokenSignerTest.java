package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens are parsed strictly: two canonical unpadded base64url segments and a valid MAC, nothing else. */
class TokenSignerTest {

    private final TokenSigner signer = new TokenSigner();
    private final String page = signer.page("/app", TokenSigner.newPageId(), 1_000L, signer.userTag(null));
    private final String reconnect = signer.reconnect("s".repeat(43), 7);

    @Test
    void ownTokens_verifyToWhatTheySay() {
        assertThat(signer.verify(page)).hasValueSatisfying(claim -> {
            assertThat(claim).isInstanceOf(TokenSigner.PageClaim.class);
            var p = (TokenSigner.PageClaim) claim;
            assertThat(p.appPath()).isEqualTo("/app");
            assertThat(p.expiryMillis()).isEqualTo(1_000L);
            assertThat(p.userTag()).isEqualTo(signer.userTag(null));
        });
        assertThat(signer.verify(reconnect)).contains(new TokenSigner.ReconnectClaim("s".repeat(43), 7));
        assertThat(page).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    }

    @Test
    void paddingTrailingEqualsOtherCharactersAndExtraSegments_areRefused() {
        String payload = page.substring(0, page.indexOf('.'));
        String mac = page.substring(page.indexOf('.') + 1);
        for (String bad : List.of(
                page + "=", page + "==", page + "%3D", page + " ", " " + page, page + "\n",
                payload + "=." + mac, payload + "==." + mac,
                page + ".", page + ".x", "x." + page, payload + ".." + mac, "." + mac, payload + ".",
                payload.replace('-', '+').replace('_', '/') + "." + mac.replace('-', '+').replace('_', '/') + "+/",
                payload + "." + mac.substring(0, 42) + "+", payload + "." + mac.substring(0, 42) + "/",
                payload + "." + mac.substring(0, 20) + "%" + mac.substring(21), payload + "." + mac.substring(0, 42),
                payload + "." + mac + "A", "", ".", "nonsense")) {
            assertThat(signer.verify(bad)).as("'%s'", bad).isEmpty();
        }
    }

    @Test
    void aNonCanonicalLastCharacter_isRefused() {
        // 32 MAC bytes are 43 characters; the last one carries 4 bits and 2 unused ones, which must be zero
        String payload = page.substring(0, page.indexOf('.'));
        String mac = page.substring(page.indexOf('.') + 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(mac.charAt(42));
        String sameBits = payload + "." + mac.substring(0, 42) + alphabet.charAt(last | 1);
        assertThat(sameBits).isNotEqualTo(page);
        assertThat(signer.verify(sameBits)).isEmpty();
    }

    @Test
    void forgedTamperedTooLongOrForeignTokens_areRefused() {
        String payload = page.substring(0, page.indexOf('.'));
        String mac = page.substring(page.indexOf('.') + 1);
        assertThat(signer.verify(payload + "." + "A".repeat(43))).isEmpty();
        assertThat(signer.verify(reconnect.substring(0, reconnect.indexOf('.')) + "." + mac)).isEmpty();
        assertThat(signer.verify(new TokenSigner().page("/app", "id", 1L, "-"))).isEmpty();
        assertThat(signer.verify("A".repeat(TokenSigner.MAX_LENGTH) + "." + mac)).isEmpty();
    }
}
