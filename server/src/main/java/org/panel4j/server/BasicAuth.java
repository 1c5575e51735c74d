package org.panel4j.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic authentication against a credentials file of {@code user:hash} lines, each hash made by
 * {@link PasswordHash} (salted PBKDF2); blank lines and lines starting with {@code #} are skipped.
 * An unknown user costs the same hashing as a known one, so timing does not tell which names exist.
 * Use it over HTTPS only: Basic sends the password with every request. Thread-safe.
 *
 * <p>A password check costs a slow hash (about 130 ms of CPU at 600,000 iterations), so it bounds
 * what a client can make it do (see {@link Config}): a verified {@code Authorization} header is
 * remembered for a few minutes (keyed by an HMAC of the header under a random per-instance key, never
 * the header itself), so pages, files and reconnects of a signed-in user cost no hashing; an address
 * that failed too often gets 429 without hashing; at most as many hashes as cores run at once, a few
 * more wait, and the rest get 503. Users are read once: changing the file needs a restart, which also
 * forgets every remembered header.
 *
 * {@snippet :
 * config.authenticator(BasicAuth.fromFile(Path.of("users.txt")));
 * config.authenticator(BasicAuth.fromFile(Path.of("users.txt"), limits -> limits.maxFailures(5)));
 * }
 */
public final class BasicAuth implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuth.class);
    private static final long BUSY_LOG_INTERVAL = TimeUnit.SECONDS.toNanos(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checks a password against a stored {@link PasswordHash} string; a seam for tests to count hashes. */
    @FunctionalInterface
    interface Verifier {
        boolean matches(String stored, char[] password);
    }

    private final Map<String, String> hashes;
    private final String decoy;
    private final String realm;
    private final Config config;
    private final Verifier verifier;
    private final FailedSignIns failures;
    private final HashSlots slots;
    /** HMAC of a verified header value to its user. */
    private final Cache<String, Principal> verified;
    /** HMAC of a header being checked now to the outcome, which requests with the same header wait for. */
    private final Map<String, CompletableFuture<@Nullable Principal>> checking = new ConcurrentHashMap<>();
    private final SecretKeySpec cacheKey;
    private final AtomicLong nextBusyLog = new AtomicLong(System.nanoTime());

    private BasicAuth(Map<String, String> hashes, Config config, Verifier verifier) {
        hashes.values().forEach(PasswordHash::validate);
        this.hashes = Map.copyOf(hashes);
        this.realm = "panel4j";
        this.config = config;
        this.verifier = verifier;
        int iterations = hashes.values().stream().mapToInt(h -> Integer.parseInt(h.split(":")[1]))
                .max().orElse(PasswordHash.MIN_ITERATIONS);
        this.decoy = PasswordHash.create("decoy".toCharArray(), iterations);
        this.failures = new FailedSignIns(config.maxFailures(), config.failureWindow());
        this.slots = new HashSlots(config.maxConcurrentChecks(), config.maxWaitingChecks());
        this.verified = Caffeine.newBuilder().maximumSize(config.maxVerified())
                .expireAfterWrite(config.verifiedTtl()).build();
        var key = new byte[32];
        RANDOM.nextBytes(key);
        this.cacheKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Users from {@code hashes} (user name to {@link PasswordHash} string). @throws IllegalArgumentException on a bad hash */
    public static BasicAuth of(Map<String, String> hashes) {
        return of(hashes, limits -> {});
    }

    /** Users from {@code hashes}, with limits set by {@code configure}. @throws IllegalArgumentException on a bad hash or limit */
    public static BasicAuth of(Map<String, String> hashes, Consumer<Config.Builder> configure) {
        var builder = new Config.Builder();
        configure.accept(builder);
        return of(hashes, builder.build(), PasswordHash::matches);
    }

    static BasicAuth of(Map<String, String> hashes, Config config, Verifier verifier) {
        return new BasicAuth(new LinkedHashMap<>(Objects.requireNonNull(hashes, "hashes")), config, verifier);
    }

    /** Users read once from {@code file}. @throws IllegalArgumentException naming the first bad line */
    public static BasicAuth fromFile(Path file) throws IOException {
        return fromFile(file, limits -> {});
    }

    /** Users read once from {@code file}, with limits set by {@code configure}. @throws IllegalArgumentException naming the first bad line */
    public static BasicAuth fromFile(Path file, Consumer<Config.Builder> configure) throws IOException {
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
        return of(hashes, configure);
    }

    /** The limits it runs with. */
    public Config config() {
        return config;
    }

    /**
     * The user of a valid {@code Authorization: Basic} header, else empty.
     *
     * @throws AuthThrottledException 429 if the client's address failed too often lately, 503 if too many
     *                                password checks are running and waiting; neither costs any hashing
     */
    @Override
    public Optional<Principal> authenticate(AuthRequest request) {
        Optional<String> header = request.header("authorization");
        if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String key = keyOf(header.get());
        Principal known = verified.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        String decoded = decode(header.get());
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        if (decoded == null || colon <= 0) {
            return Optional.empty();
        }
        String address = clientAddress(request);
        Duration wait = failures.waitFor(address);
        if (!wait.isZero()) {
            throw AuthThrottledException.tooManyFailures(wait);
        }
        // one check per header at a time: requests with the same header meanwhile share its outcome
        var mine = new CompletableFuture<@Nullable Principal>();
        CompletableFuture<@Nullable Principal> running = checking.putIfAbsent(key, mine);
        Principal user;
        if (running != null) {
            user = outcome(running);
        } else {
            try {
                user = check(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
                if (user != null) {
                    verified.put(key, user);
                }
                mine.complete(user);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                checking.remove(key, mine);
            }
        }
        if (user == null) {
            if (failures.record(address)) {
                LOG.warn("Sign-ins from {} get 429 for up to {}: {} failures within {}", address,
                        config.failureWindow(), config.maxFailures(), config.failureWindow());
            }
            return Optional.empty();
        }
        return Optional.of(user);
    }

    @Override
    public Optional<String> challenge() {
        return Optional.of("Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
    }

    /** The client address failures are counted against (trusted forwarded-for and /64 applied by the server). */
    private static String clientAddress(AuthRequest request) {
        return request.remoteAddress();
    }

    private @Nullable Principal check(String name, char[] password) {
        String stored = hashes.get(name);
        try {
            boolean ok = slots.run(() -> verifier.matches(stored == null ? decoy : stored, password));
            return ok && stored != null ? new User(name) : null;
        } catch (AuthThrottledException e) {
            logBusy();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static @Nullable Principal outcome(CompletableFuture<@Nullable Principal> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static @Nullable String decode(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            return decoded.length() > 1024 ? null : decoded;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String keyOf(String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            return Base64.getEncoder().encodeToString(mac.doFinal(header.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private void logBusy() {
        long now = System.nanoTime();
        long next = nextBusyLog.get();
        if (now - next >= 0 && nextBusyLog.compareAndSet(next, now + BUSY_LOG_INTERVAL)) {
            LOG.warn("Password checks are saturated ({} at once, {} waiting): sign-ins get 503 (logged at most every 10 s)",
                    config.maxConcurrentChecks(), config.maxWaitingChecks());
        }
    }

    /**
     * How much work and how many guesses {@link BasicAuth} lets clients cause; built through
     * {@link Builder}, e.g. {@code BasicAuth.fromFile(path, limits -> limits.maxFailures(5))}.
     *
     * @param maxFailures         failed sign-ins one client address may make within {@code failureWindow};
     *                            its next attempt gets 429 with {@code Retry-After}, without hashing
     * @param failureWindow       how long a failure counts
     * @param maxConcurrentChecks password hashes computed at once
     * @param maxWaitingChecks    checks that may wait for a free slot; one more gets 503 with {@code Retry-After}
     * @param verifiedTtl         how long a verified {@code Authorization} header is remembered, so requests
     *                            carrying it cost no hashing
     * @param maxVerified         the most headers remembered at once
     */
    public record Config(int maxFailures, Duration failureWindow, int maxConcurrentChecks, int maxWaitingChecks,
                         Duration verifiedTtl, int maxVerified) {

        /** Collects the limits; unset ones take their defaults. */
        public static final class Builder {
            private int maxFailures = 10;
            private Duration failureWindow = Duration.ofMinutes(5);
            private int maxConcurrentChecks = Runtime.getRuntime().availableProcessors();
            private int maxWaitingChecks = 8 * Runtime.getRuntime().availableProcessors();
            private Duration verifiedTtl = Duration.ofMinutes(5);
            private int maxVerified = 10_000;

            Builder() {}

            /** Failed sign-ins per client address within {@link #failureWindow} before 429; default 10. */
            public Builder maxFailures(int value) {
                this.maxFailures = value;
                return this;
            }

            /** How long a failed sign-in counts against its address; default 5 minutes. */
            public Builder failureWindow(Duration value) {
                this.failureWindow = Objects.requireNonNull(value, "failureWindow");
                return this;
            }

            /** Password hashes computed at once; default the number of cores. */
            public Builder maxConcurrentChecks(int value) {
                this.maxConcurrentChecks = value;
                return this;
            }

            /** Checks that may wait for a slot before 503; default 8 per core (about a second of hashing). */
            public Builder maxWaitingChecks(int value) {
                this.maxWaitingChecks = value;
                return this;
            }

            /** How long a verified header is remembered; default 5 minutes. */
            public Builder verifiedTtl(Duration value) {
                this.verifiedTtl = Objects.requireNonNull(value, "verifiedTtl");
                return this;
            }

            /** The most verified headers remembered; default 10,000. */
            public Builder maxVerified(int value) {
                this.maxVerified = value;
                return this;
            }

            /** Validates and builds. @throws IllegalArgumentException naming the first bad limit */
            public Config build() {
                check(maxFailures >= 1, "maxFailures must be at least 1, not " + maxFailures);
                check(failureWindow.isPositive(), "failureWindow must be positive, not " + failureWindow);
                check(maxConcurrentChecks >= 1, "maxConcurrentChecks must be at least 1, not " + maxConcurrentChecks);
                check(maxWaitingChecks >= 0, "maxWaitingChecks must not be negative, not " + maxWaitingChecks);
                check(verifiedTtl.isPositive(), "verifiedTtl must be positive, not " + verifiedTtl);
                check(maxVerified >= 1, "maxVerified must be at least 1, not " + maxVerified);
                return new Config(maxFailures, failureWindow, maxConcurrentChecks, maxWaitingChecks, verifiedTtl, maxVerified);
            }

            private static void check(boolean ok, String message) {
                if (!ok) {
                    throw new IllegalArgumentException("BasicAuth.Config." + message);
                }
            }
        }
    }
}
