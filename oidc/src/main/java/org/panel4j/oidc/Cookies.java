package org.panel4j.oidc;

import java.util.Optional;
import org.panel4j.server.AuthRequest;

/** Reads one cookie from a request and writes {@code Set-Cookie} values; every client-supplied size is bounded. */
final class Cookies {

    /** The longest {@code Cookie} header read; a longer one counts as no cookie. */
    static final int MAX_HEADER = 16 * 1024;
    /** The longest cookie value read; a longer one counts as absent. */
    static final int MAX_VALUE = 4096;

    private Cookies() {}

    /** The value of cookie {@code name} in {@code request}, if present and not too long. */
    static Optional<String> read(AuthRequest request, String name) {
        String header = request.header("cookie").orElse("");
        if (header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        for (String pair : header.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
                String value = pair.substring(equals + 1).strip();
                return value.isEmpty() || value.length() > MAX_VALUE ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** A {@code Set-Cookie} value: HttpOnly, SameSite=Lax, Secure when {@code secure}; {@code maxAgeSeconds} 0 deletes it. */
    static String set(String name, String value, String path, long maxAgeSeconds, boolean secure) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
