package org.panel4j.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each session's link token (see {@link ServerState#sessionLink}): 128 random bits, made at the first link,
 * the same for the session's life, forgotten when it ends. Looked up by a SHA-256 digest, then compared in
 * constant time, as the server's transfer routes find a session by its page's secret. Thread-safe.
 */
final class SessionLinks {

    /** The longest token {@link #find} looks up; longer ones are no token. */
    static final int MAX_TOKEN = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(Session session, String token) {}

    private final Map<Session, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Entry> byDigest = new ConcurrentHashMap<>();

    /** {@code session}'s token, made now if it has none; a live session only (else a token that names nothing). */
    String token(Session session) {
        String existing = tokens.get(session);
        if (existing != null) {
            return existing;
        }
        String token = newToken();
        if (session.isDestroyed()) {
            return token;
        }
        String won = tokens.putIfAbsent(session, token);
        if (won != null) {
            return won;
        }
        byDigest.put(digest(token), new Entry(session, token));
        Registration forget = session.onDestroyed(this::forget);
        if (session.isDestroyed()) { // it ended meanwhile: its destroy() may have missed the callback
            forget.cancel();
            forget(session);
        }
        return token;
    }

    /** The live session whose token is {@code token}, if any. */
    Optional<Session> find(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        Entry entry = byDigest.get(digest(token));
        if (entry == null || entry.session().isDestroyed()
                || !MessageDigest.isEqual(entry.token().getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(entry.session());
    }

    /** The number of sessions with a token (for leak tests). */
    int size() {
        return tokens.size();
    }

    private void forget(Session session) {
        String token = tokens.remove(session);
        if (token != null) {
            byDigest.remove(digest(token));
        }
    }

    private static String newToken() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
