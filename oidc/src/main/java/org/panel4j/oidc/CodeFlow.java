package org.panel4j.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.panel4j.server.User;

/**
 * The provider's side of the authorization code flow with PKCE, through Nimbus: the authorization URL,
 * the token request and the ID token's validation (signature by the provider's JWKS, issuer, audience,
 * expiry, nonce), then the user and groups from its claims. Thread-safe.
 */
final class CodeFlow {

    /** The longest user name and group name taken from an ID token. */
    static final int MAX_NAME = 256;
    /** The most groups taken from an ID token; more refuse the sign-in (the session cookie must stay small). */
    static final int MAX_GROUPS = 64;
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private final OidcConfig config;
    private final OIDCProviderMetadata metadata;
    private final URI callback;
    private final IDTokenValidator validator;

    private CodeFlow(OidcConfig config, OIDCProviderMetadata metadata, URI callback) throws IOException {
        this.config = config;
        this.metadata = metadata;
        this.callback = callback;
        int timeout = Math.toIntExact(config.timeout().toMillis());
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs() == null ? List.of(JWSAlgorithm.RS256)
                : metadata.getIDTokenJWSAlgs();
        Set<JWSAlgorithm> algorithms = offered.stream().filter(ASYMMETRIC::contains).collect(Collectors.toSet());
        if (algorithms.isEmpty() || metadata.getJWKSetURI() == null) {
            throw new IOException("the provider offers no asymmetric ID-token signature with a JWKS: " + offered);
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(timeout, timeout, 512 * 1024)).build();
        this.validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(config.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
    }

    /** Reads the provider's metadata at {@code config.issuer()} (its issuer must match) and prepares the flow. */
    static CodeFlow discover(OidcConfig config, URI callback) throws IOException {
        int timeout = Math.toIntExact(config.timeout().toMillis());
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(config.issuer()), timeout, timeout);
            return new CodeFlow(config, metadata, callback);
        } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new IOException("cannot read the OpenID provider metadata of " + config.issuer() + ": " + e.getMessage(), e);
        }
    }

    /** The provider's end-session endpoint, if it has one. */
    Optional<URI> endSession() {
        return Optional.ofNullable(metadata.getEndSessionEndpointURI());
    }

    /** Where to send the browser to sign in for {@code flow}. */
    URI authorizationUrl(FlowCookie.Flow flow) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope(config.scopes().toArray(String[]::new)),
                new ClientID(config.clientId()), callback)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(flow.state()))
                .nonce(new Nonce(flow.nonce()))
                .codeChallenge(new CodeVerifier(flow.verifier()), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Trades {@code code} for tokens and returns the ID token's user. @throws SignInException if anything does not check */
    User finish(AuthorizationCode code, FlowCookie.Flow flow) throws SignInException {
        var grant = new AuthorizationCodeGrant(code, callback, new CodeVerifier(flow.verifier()));
        TokenRequest request = config.clientSecret() == null
                ? new TokenRequest(metadata.getTokenEndpointURI(), new ClientID(config.clientId()), grant)
                : new TokenRequest(metadata.getTokenEndpointURI(),
                        new ClientSecretBasic(new ClientID(config.clientId()), new Secret(config.clientSecret())), grant);
        HTTPRequest http = request.toHTTPRequest();
        int timeout = Math.toIntExact(config.timeout().toMillis());
        http.setConnectTimeout(timeout);
        http.setReadTimeout(timeout);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new SignInException("the token request failed: " + e.getClass().getSimpleName(), e);
        }
        if (!response.indicatesSuccess()) {
            throw new SignInException("the provider refused the code: "
                    + bounded(String.valueOf(response.toErrorResponse().getErrorObject().getCode())));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SignInException("the token response has no ID token");
        }
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, new Nonce(flow.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInException("the ID token is not valid: " + bounded(e.getMessage()));
        }
        return userOf(claims);
    }

    private User userOf(IDTokenClaimsSet claims) throws SignInException {
        String name = claims.getStringClaim(config.userClaim());
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new SignInException("the ID token's " + config.userClaim() + " claim is missing, blank or too long");
        }
        List<String> listed;
        try {
            listed = claims.getStringListClaim(config.groupsClaim());
        } catch (RuntimeException e) {
            throw new SignInException("the ID token's " + config.groupsClaim() + " claim is not a list of strings");
        }
        if (listed == null) {
            String single = claims.getStringClaim(config.groupsClaim());
            listed = single == null ? List.of() : List.of(single);
        }
        if (listed.size() > MAX_GROUPS || listed.stream().anyMatch(g -> g == null || g.length() > MAX_NAME)) {
            throw new SignInException("the ID token lists more than " + MAX_GROUPS + " groups, or one too long");
        }
        return new User(name, new LinkedHashSet<>(listed));
    }

    private static String bounded(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
