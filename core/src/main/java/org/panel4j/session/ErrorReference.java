package org.panel4j.session;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Short references for errors, e.g. {@code 7F3K-92QD}: the page shows one, the log line carries the
 * same, so a user's report leads to the details. Eight characters of Crockford's base32 (no I, L, O,
 * U): 40 bits, easy to read aloud. Not secret, not unique by construction, only unlikely to repeat.
 */
public final class ErrorReference {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private ErrorReference() {
    }

    /** A fresh reference. */
    public static String next() {
        long bits = ThreadLocalRandom.current().nextLong();
        var out = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                out.append('-');
            }
            out.append(ALPHABET.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return out.toString();
    }
}
