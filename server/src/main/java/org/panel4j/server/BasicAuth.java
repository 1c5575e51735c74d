package org.panel4j.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTP Basic authentication against a credentials file of {@code user:hash} lines, each hash made by
 * {@link PasswordHash} (salted PBKDF2); blank lines and lines starting with {@code #} are skipped.
 * An unknown user costs the same hashing as a known one, so timing does not tell which names exist.
 * Use it over HTTPS only: Basic sends the password with every request. Thread-safe.
 *
 * {@snippet :
 * config.authenticator(BasicAuth.fromFile(Path.of("users.txt")));
 * }
 */
public final class BasicAuth implements Authenticator {

    private final Map<String, String> hashes;
    private final String decoy;
    private final String realm;

    private BasicAuth(Map<String, String> hashes, String realm) {
        hashes.values().forEach(PasswordHash::validate);
        this.hashes = Map.copyOf(hashes);
        this.realm = realm;
        int iterations = hashes.values().stream().mapToInt(h -> Integer.parseInt(h.split(":")[1]))
                .max().orElse(PasswordHash.MIN_ITERATIONS);
        this.decoy = PasswordHash.create("decoy".toCharArray(), iterations);
    }

    /** Users from {@code hashes} (user name to {@link PasswordHash} string). @throws IllegalArgumentException on a bad hash */
    public static BasicAuth of(Map<String, String> hashes) {
        return new BasicAuth(new LinkedHashMap<>(Objects.requireNonNull(hashes, "hashes")), "panel4j");
    }

    /** Users read once from {@code file}. @throws IllegalArgumentException naming the first bad line */
    public static BasicAuth fromFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        var hashes = new LinkedHashMap<String, String>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("BasicAuth: line " + (i + 1) + " of " + file + " is not user:hash");
            }
            try {
                PasswordHash.validate(line.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("BasicAuth: line " + (i + 1) + " of " + file + ": " + e.getMessage(), e);
            }
            hashes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return of(hashes);
    }

    @Override
    public Optional<Principal> authenticate(AuthRequest request) {
        Optional<String> header = request.header("authorization");
        if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.get().substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || decoded.length() > 1024) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        String stored = hashes.get(user);
        boolean ok = PasswordHash.matches(stored == null ? decoy : stored, password);
        java.util.Arrays.fill(password, '\0');
        return ok && stored != null ? Optional.of(new User(user)) : Optional.empty();
    }

    @Override
    public Optional<String> challenge() {
        return Optional.of("Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
    }
}
