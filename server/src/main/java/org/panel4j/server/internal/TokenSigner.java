package org.panel4j.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signs and checks the tokens that open sockets, under a random per-server key (HMAC-SHA256): a
 * token is {@code payload.mac}, both unpadded base64url, the MAC taken over the payload text and
 * compared in constant time. Parsing is strict: exactly two segments of base64url characters in
 * canonical form (no {@code =}, no padding, no other character, no stray bits), at most 1,024 characters.
 * <ul>
 *   <li>A <em>page token</em> names an app path, a random page id, an expiry and a tag of the user; it
 *       opens the page's first socket (once: see {@link UsedPageIds}).</li>
 *   <li>A <em>reconnect token</em> names a session and a generation; each {@code init} hands out the
 *       next one, and only the newest opens a socket (see {@link SessionRegistry#reconnectToken}).</li>
 * </ul>
 * It also derives a page's CSRF secret and a user's tag, so the page request keeps no state.
 * Thread-safe. See docs/decisions/0012-stateless-pages-and-reconnect-tokens.md.
 */
public final class TokenSigner {

    /** The longest token read; a longer one is refused before any work. */
    static final int MAX_LENGTH = 1024;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NO_USER = "-";
    private final SecretKeySpec key;

    /** A signer with a fresh random key. */
    public TokenSigner() {
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** What a valid token says. */
    public sealed interface Claim permits PageClaim, ReconnectClaim {}

    /**
     * A page token's claim.
     *
     * @param appPath      the app whose page issued it
     * @param pageId       the page's random id
     * @param expiryMillis until when it may open the page's first socket (epoch milliseconds)
     * @param userTag      the {@link #userTag} of the page's user
     */
    public record PageClaim(String appPath, String pageId, long expiryMillis, String userTag) implements Claim {}

    /**
     * A reconnect token's claim.
     *
     * @param sessionId  the session it reconnects
     * @param generation which of the session's reconnect tokens it is
     */
    public record ReconnectClaim(String sessionId, long generation) implements Claim {}

    /** A fresh random page id: 128 bits, base64url. */
    public static String newPageId() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    /** The token of a page of {@code appPath} with {@code pageId}, valid until {@code expiryMillis}, for the user tagged {@code userTag}. */
    public String page(String appPath, String pageId, long expiryMillis, String userTag) {
        return sign("p\n" + appPath + "\n" + pageId + "\n" + expiryMillis + "\n" + userTag);
    }

    /** The reconnect token of generation {@code generation} of session {@code sessionId}. */
    public String reconnect(String sessionId, long generation) {
        return sign("r\n" + sessionId + "\n" + generation);
    }

    /** The CSRF secret of the page {@code pageId}: derived, so nothing is stored before the page connects. */
    public String csrf(String pageId) {
        return B64.encodeToString(mac("csrf\n" + pageId));
    }

    /** An opaque tag of {@code user} (null: none) for page tokens: names are not readable from a token in a URL. */
    public String userTag(@Nullable Principal user) {
        return user == null ? NO_USER : B64.encodeToString(Arrays.copyOf(mac("user\n" + user.getName()), 16));
    }

    /** Checks {@code token}'s form and signature; empty if it is malformed or forged. */
    public Optional<Claim> verify(String token) {
        int dot = token.indexOf('.');
        if (token.length() > MAX_LENGTH || dot < 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] given = decode(token.substring(dot + 1));
        byte[] payloadBytes = decode(payload);
        if (given == null || payloadBytes == null || !MessageDigest.isEqual(mac(payload), given)) {
            return Optional.empty();
        }
        String[] fields = new String(payloadBytes, StandardCharsets.UTF_8).split("\n", -1);
        try {
            if (fields.length == 5 && fields[0].equals("p")) {
                return Optional.of(new PageClaim(fields[1], fields[2], Long.parseLong(fields[3]), fields[4]));
            }
            if (fields.length == 3 && fields[0].equals("r")) {
                return Optional.of(new ReconnectClaim(fields[1], Long.parseLong(fields[2])));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code segment} decoded, or null unless it is base64url in its one canonical unpadded form. */
    private static byte @Nullable [] decode(String segment) {
        if (!SEGMENT.matcher(segment).matches()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = B64_DECODER.decode(segment);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return B64.encodeToString(bytes).equals(segment) ? bytes : null;
    }

    private String sign(String payload) {
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + B64.encodeToString(mac(encoded));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
