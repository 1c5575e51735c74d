package org.panel4j.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes for {@link BasicAuth} files: PBKDF2 with HMAC-SHA256 (from the JDK),
 * written {@code pbkdf2-sha256:iterations:salt:hash} (salt and hash base64), checked in constant time.
 *
 * {@snippet :
 * String line = "alice:" + PasswordHash.create("correct horse".toCharArray()); // a line of users.txt
 * }
 */
public final class PasswordHash {

    /** The iterations {@link #create(char[])} uses (OWASP's 2023 advice for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The fewest iterations a stored hash may have. */
    public static final int MIN_ITERATIONS = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "pbkdf2-sha256";

    private PasswordHash() {}

    /** A new hash of {@code password} with a fresh 16-byte salt and {@link #DEFAULT_ITERATIONS}. */
    public static String create(char[] password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    /** A new hash of {@code password} with a fresh salt and {@code iterations} (at least {@link #MIN_ITERATIONS}). */
    public static String create(char[] password, int iterations) {
        Objects.requireNonNull(password, "password");
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PasswordHash.iterations must be at least " + MIN_ITERATIONS + ", not " + iterations);
        }
        var salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(derive(password, salt, iterations));
    }

    /** Checks that {@code stored} is a well-formed hash. @throws IllegalArgumentException if not */
    public static void validate(String stored) {
        parse(stored);
    }

    /** Whether {@code password} matches {@code stored}; constant time in the hash comparison. */
    public static boolean matches(String stored, char[] password) {
        Parsed p = parse(stored);
        return MessageDigest.isEqual(p.hash(), derive(password, p.salt(), p.iterations()));
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {}

    private static Parsed parse(String stored) {
        String[] parts = stored.split(":", -1);
        try {
            if (parts.length == 4 && parts[0].equals(PREFIX)) {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                if (iterations >= MIN_ITERATIONS && salt.length >= 8 && hash.length == 32) {
                    return new Parsed(iterations, salt, hash);
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new IllegalArgumentException("PasswordHash must be " + PREFIX + ":iterations(>=" + MIN_ITERATIONS
                + "):salt:hash (base64, 32-byte hash)");
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
