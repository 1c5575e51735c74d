package org.panel4j.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.panel4j.server.User;

/**
 * The signed-in user's cookie: a JWT (HS256 under {@link CookieKeys#session()}) with the user's name,
 * groups and expiry. Any node with the same secret verifies it; nothing is kept in memory.
 */
final class SessionCookie {

    private static final String ISSUER = "panel4j-oidc";

    private final byte[] key;
    private final String audience;
    private final Clock clock;

    SessionCookie(byte[] key, String audience, Clock clock) {
        this.key = key.clone();
        this.audience = audience;
        this.clock = clock;
    }

    /** The cookie value for {@code user}, valid until {@code expiry}. */
    String issue(User user, Instant expiry) {
        var claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience).subject(user.name())
                .claim("groups", new ArrayList<>(user.groups())).issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(expiry)).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the session cookie", e);
        }
        return jwt.serialize();
    }

    /** The user of a valid, unexpired cookie value; empty if it is malformed, forged, another's or expired. */
    Optional<User> verify(String value) {
        try {
            SignedJWT jwt = SignedJWT.parse(value);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || !claims.getAudience().equals(List.of(audience)) || expiry == null
                    || !expiry.toInstant().isAfter(clock.instant()) || claims.getSubject() == null) {
                return Optional.empty();
            }
            List<String> groups = claims.getStringListClaim("groups");
            return Optional.of(new User(claims.getSubject(), groups == null ? Set.of() : new LinkedHashSet<>(groups)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
