package org.panel4j.oidc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of panel4j's own cookies, derived from the one configured secret (HMAC-SHA256 of a label), so
 * the session cookie's MAC key and the flow cookie's encryption key differ and every node derives the same.
 *
 * @param session the HMAC key of the session cookie (256 bits)
 * @param flow    the AES key of the flow cookie (256 bits)
 */
record CookieKeys(byte[] session, byte[] flow) {

    /** The keys of {@code secret}. */
    static CookieKeys of(byte[] secret) {
        return new CookieKeys(derive(secret, "panel4j-oidc session cookie v1"), derive(secret, "panel4j-oidc flow cookie v1"));
    }

    private static byte[] derive(byte[] secret, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
