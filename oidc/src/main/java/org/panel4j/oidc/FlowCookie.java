package org.panel4j.oidc;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

/**
 * The state of one started sign-in, kept in the browser rather than in server memory: the OAuth state,
 * the nonce, the PKCE verifier and the page to return to, in a JWT encrypted and authenticated with
 * AES-256-GCM under {@link CookieKeys#flow()}, so the browser can neither read (the verifier) nor change it.
 */
final class FlowCookie {

    /**
     * One started sign-in.
     *
     * @param state      the OAuth {@code state}, echoed by the provider to the callback
     * @param nonce      the OpenID {@code nonce}, which the ID token must carry
     * @param verifier   the PKCE code verifier
     * @param returnPath the path (and query) to go back to once signed in; always starts with one {@code /}
     */
    record Flow(String state, String nonce, String verifier, String returnPath) {}

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    FlowCookie(byte[] key, Duration lifetime, Clock clock) {
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** How long a flow cookie is valid. */
    Duration lifetime() {
        return lifetime;
    }

    /** The cookie value of {@code flow}. */
    String seal(Flow flow) {
        var claims = new JWTClaimsSet.Builder().claim("state", flow.state()).claim("nonce", flow.nonce())
                .claim("verifier", flow.verifier()).claim("return", flow.returnPath())
                .expirationTime(Date.from(clock.instant().plus(lifetime))).build();
        var jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        try {
            jwt.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt the flow cookie", e);
        }
        return jwt.serialize();
    }

    /** The flow of an authentic, unexpired cookie value; empty otherwise. */
    Optional<Flow> open(String value) {
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(value);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            String state = claims.getStringClaim("state");
            String nonce = claims.getStringClaim("nonce");
            String verifier = claims.getStringClaim("verifier");
            String returnPath = claims.getStringClaim("return");
            if (state == null || nonce == null || verifier == null || returnPath == null) {
                return Optional.empty();
            }
            return Optional.of(new Flow(state, nonce, verifier, returnPath));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
