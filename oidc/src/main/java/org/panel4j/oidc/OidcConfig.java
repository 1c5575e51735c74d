package org.panel4j.oidc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How {@link OidcSignIn} talks to the provider and signs its cookies; built through {@link Builder}
 * and validated in {@link Builder#build()}. Its {@code toString} shows no secret.
 *
 * @param issuer          the provider's issuer URL; its {@code /.well-known/openid-configuration} is read at start
 * @param clientId        the client id registered at the provider
 * @param clientSecret    the client secret, or null for a public client (PKCE only)
 * @param baseUrl         the URL the browser reaches this server at, e.g. {@code https://panel.example.com};
 *                        the callback is {@code baseUrl + /oidc/callback}; https makes the cookies {@code Secure}
 * @param scopes          the scopes asked for; always includes {@code openid}
 * @param userClaim       the ID-token claim that names the user (default {@code sub})
 * @param groupsClaim     the ID-token claim that lists the user's groups (default {@code groups})
 * @param cookieSecret    the secret panel4j's own cookies are signed and encrypted with (at least 32 bytes);
 *                        the same on every node, so any node accepts a sign-in made on another
 * @param sessionLifetime how long a sign-in lasts before the provider is asked again (default 8 hours)
 * @param flowLifetime    how long a started sign-in may take at the provider (default 10 minutes)
 * @param timeout         connect and read timeout of each request to the provider (default 5 seconds)
 */
public record OidcConfig(URI issuer, String clientId, @Nullable String clientSecret, URI baseUrl, List<String> scopes,
                         String userClaim, String groupsClaim, byte[] cookieSecret, Duration sessionLifetime,
                         Duration flowLifetime, Duration timeout) {

    /** Copies the collections. */
    public OidcConfig {
        scopes = List.copyOf(scopes);
        cookieSecret = cookieSecret.clone();
    }

    /** The secret, copied. */
    @Override
    public byte[] cookieSecret() {
        return cookieSecret.clone();
    }

    /** A config built by {@code configure}. @throws IllegalArgumentException naming the first bad or missing setting */
    public static OidcConfig of(Consumer<Builder> configure) {
        var builder = new Builder();
        configure.accept(builder);
        return builder.build();
    }

    @Override
    public String toString() {
        return "OidcConfig[issuer=" + issuer + ", clientId=" + clientId + ", baseUrl=" + baseUrl + ", scopes=" + scopes
                + ", userClaim=" + userClaim + ", groupsClaim=" + groupsClaim + ", sessionLifetime=" + sessionLifetime
                + ", flowLifetime=" + flowLifetime + ", timeout=" + timeout + "]";
    }

    /** Collects the settings; issuer, client id, base URL and cookie secret are required. */
    public static final class Builder {
        private @Nullable URI issuer;
        private @Nullable String clientId;
        private @Nullable String clientSecret;
        private @Nullable URI baseUrl;
        private List<String> scopes = List.of("openid", "profile", "email");
        private String userClaim = "sub";
        private String groupsClaim = "groups";
        private byte @Nullable [] cookieSecret;
        private Duration sessionLifetime = Duration.ofHours(8);
        private Duration flowLifetime = Duration.ofMinutes(10);
        private Duration timeout = Duration.ofSeconds(5);

        Builder() {}

        /** The provider's issuer URL, e.g. {@code https://accounts.example.com/realms/staff}. */
        public Builder issuer(String value) {
            this.issuer = URI.create(Objects.requireNonNull(value, "issuer"));
            return this;
        }

        /** The client id registered at the provider. */
        public Builder clientId(String value) {
            this.clientId = Objects.requireNonNull(value, "clientId");
            return this;
        }

        /** The client secret (a confidential client); leave unset for a public client. */
        public Builder clientSecret(String value) {
            this.clientSecret = Objects.requireNonNull(value, "clientSecret");
            return this;
        }

        /** The URL the browser reaches this server at, without a trailing path, e.g. {@code https://panel.example.com}. */
        public Builder baseUrl(String value) {
            this.baseUrl = URI.create(Objects.requireNonNull(value, "baseUrl"));
            return this;
        }

        /** The scopes asked for; {@code openid} is added if missing. Default openid, profile, email. */
        public Builder scopes(List<String> value) {
            this.scopes = List.copyOf(value);
            return this;
        }

        /** The claim naming the user; default {@code sub} (e.g. {@code preferred_username} or {@code email}). */
        public Builder userClaim(String value) {
            this.userClaim = Objects.requireNonNull(value, "userClaim");
            return this;
        }

        /** The claim listing the user's groups; default {@code groups}. */
        public Builder groupsClaim(String value) {
            this.groupsClaim = Objects.requireNonNull(value, "groupsClaim");
            return this;
        }

        /** The secret of panel4j's cookies, at least 32 bytes (e.g. 32 random bytes, base64), the same on every node. */
        public Builder cookieSecret(String value) {
            this.cookieSecret = Objects.requireNonNull(value, "cookieSecret").getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** How long a sign-in lasts; default 8 hours. */
        public Builder sessionLifetime(Duration value) {
            this.sessionLifetime = Objects.requireNonNull(value, "sessionLifetime");
            return this;
        }

        /** How long a started sign-in may take at the provider; default 10 minutes. */
        public Builder flowLifetime(Duration value) {
            this.flowLifetime = Objects.requireNonNull(value, "flowLifetime");
            return this;
        }

        /** Connect and read timeout of each request to the provider; default 5 seconds. */
        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value, "timeout");
            return this;
        }

        /** Validates and builds. @throws IllegalArgumentException naming the first bad or missing setting */
        public OidcConfig build() {
            check(issuer != null && issuer.isAbsolute() && issuer.getHost() != null, "issuer must be an absolute URL");
            check(clientId != null && !clientId.isBlank(), "clientId is required");
            check(baseUrl != null && baseUrl.isAbsolute() && baseUrl.getHost() != null
                    && ("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())),
                    "baseUrl must be an absolute http or https URL");
            check(baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null, "baseUrl must have no query or fragment");
            check(cookieSecret != null && cookieSecret.length >= 32, "cookieSecret must be at least 32 bytes");
            check(!userClaim.isBlank() && !groupsClaim.isBlank(), "userClaim and groupsClaim must not be blank");
            check(sessionLifetime.isPositive() && flowLifetime.isPositive() && timeout.isPositive(),
                    "sessionLifetime, flowLifetime and timeout must be positive");
            List<String> asked = scopes.contains("openid") ? scopes
                    : Stream.concat(Stream.of("openid"), scopes.stream()).toList();
            return new OidcConfig(issuer, clientId, clientSecret, baseUrl, asked, userClaim, groupsClaim, cookieSecret,
                    sessionLifetime, flowLifetime, timeout);
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException("OidcConfig." + message);
            }
        }
    }
}
