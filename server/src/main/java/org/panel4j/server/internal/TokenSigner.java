package org.panel4j.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks session tokens: {@code sessionId.expiryMillis.mac}, the MAC being HMAC-SHA256 of
 * {@code sessionId.expiryMillis} under a random per-server key, base64url; compared in constant time.
 * The token is self-describing (it names its session), so a later multi-node router can read it.
 * Thread-safe.
 */
public final class TokenSigner {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    /** A signer with a fresh random key. */
    public TokenSigner() {
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * A checked token: the session it names and whether it has expired.
     *
     * @param sessionId the session id
     * @param expired   whether the expiry has passed
     */
    public record Claim(String sessionId, boolean expired) {}

    /** A token for {@code sessionId} valid until {@code expiryMillis} (epoch milliseconds). */
    public String sign(String sessionId, long expiryMillis) {
        String payload = sessionId + "." + expiryMillis;
        return payload + "." + B64.encodeToString(mac(payload));
    }

    /** Checks {@code token}'s signature; empty if it is malformed or forged. */
    public Optional<Claim> verify(String token, long nowMillis) {
        int lastDot = token.lastIndexOf('.');
        int firstDot = token.indexOf('.');
        if (firstDot <= 0 || lastDot == firstDot || token.length() > 512) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), given)) {
            return Optional.empty();
        }
        long expiry;
        try {
            expiry = Long.parseLong(payload.substring(firstDot + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new Claim(payload.substring(0, firstDot), nowMillis > expiry));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
