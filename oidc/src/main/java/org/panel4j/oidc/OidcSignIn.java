package org.panel4j.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.panel4j.server.AuthRequest;
import org.panel4j.server.Authenticator;
import org.panel4j.server.HttpResponse;
import org.panel4j.server.User;
import org.panel4j.session.ClientText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in with OpenID Connect: the authorization code flow with PKCE against a provider found by
 * discovery, through Nimbus. A page request without a valid sign-in is redirected to the provider; its
 * callback ({@value #CALLBACK}) checks the state against a short-lived encrypted flow cookie, trades the
 * code for tokens, validates the ID token (signature by the provider's keys, issuer, audience, expiry,
 * nonce) and sets panel4j's signed session cookie, which every later request and socket upgrade is
 * checked against. {@value #LOGOUT} clears it. No sign-in state lives in server memory: any node with the
 * same cookie secret accepts a sign-in made on another. The user is a {@link User} with the groups of
 * the configured claim, for {@link org.panel4j.server.Authorizer#inGroup}. Thread-safe. See docs/sign-in-oidc.md.
 *
 * {@snippet :
 * OidcSignIn oidc = OidcSignIn.discover(c -> c.issuer("https://login.example.com/realms/staff")
 *         .clientId("panel").clientSecret(System.getenv("OIDC_SECRET"))
 *         .baseUrl("https://panel.example.com").cookieSecret(System.getenv("PANEL_COOKIE_SECRET")));
 * PanelServer.create(config -> config.authenticator(oidc)
 *         .app("/", session -> new StaticText("Hello " + session.principal().orElseThrow().getName()))
 *         .app("/admin", new Admin()).authorize("/admin", Authorizer.inGroup("admins")));
 * }
 */
public final class OidcSignIn implements Authenticator {

    /** The path the provider sends the browser back to. */
    public static final String CALLBACK = "/oidc/callback";
    /** The path that signs out. */
    public static final String LOGOUT = "/oidc/logout";
    /** The session cookie's name. */
    public static final String SESSION_COOKIE = "panel4j_oidc";
    /** The flow cookie's name. */
    public static final String FLOW_COOKIE = "panel4j_oidc_flow";

    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    private static final String PREFIX = "/oidc/";
    /** The longest path and query a sign-in returns to; a longer one returns to {@code /}. */
    private static final int MAX_RETURN = 2048;
    /** The longest callback query read. */
    private static final int MAX_CALLBACK_QUERY = 4096;

    private final OidcConfig config;
    private final CodeFlow flow;
    private final SessionCookie sessions;
    private final FlowCookie flows;
    private final Clock clock;
    private final String base;
    private final boolean secure;

    OidcSignIn(OidcConfig config, CodeFlow flow, Clock clock) {
        this.config = config;
        this.flow = flow;
        this.clock = clock;
        CookieKeys keys = CookieKeys.of(config.cookieSecret());
        this.sessions = new SessionCookie(keys.session(), config.clientId(), clock);
        this.flows = new FlowCookie(keys.flow(), config.flowLifetime(), clock);
        this.base = baseOf(config.baseUrl());
        this.secure = "https".equals(config.baseUrl().getScheme());
    }

    /** Reads the provider's metadata and returns the sign-in. @throws IOException if the provider cannot be reached or read */
    public static OidcSignIn discover(OidcConfig config) throws IOException {
        return new OidcSignIn(config, CodeFlow.discover(config, URI.create(baseOf(config.baseUrl()) + CALLBACK)),
                Clock.systemUTC());
    }

    /** {@link #discover(OidcConfig)} with a config built by {@code configure}. */
    public static OidcSignIn discover(Consumer<OidcConfig.Builder> configure) throws IOException {
        return discover(OidcConfig.of(configure));
    }

    /** The config it runs with. */
    public OidcConfig config() {
        return config;
    }

    /** The user of a valid session cookie; never on the sign-in flow's own paths, which {@link #unauthenticated} answers. */
    @Override
    public Optional<Principal> authenticate(AuthRequest request) {
        if (request.path().startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Cookies.read(request, SESSION_COOKIE).flatMap(sessions::verify).map(Principal.class::cast);
    }

    /**
     * The callback and logout, and for a page (a browser navigation: {@code Sec-Fetch-Mode: navigate} or
     * {@code Accept} with {@code text/html}) a redirect to the provider; anything else gets the 401.
     */
    @Override
    public Optional<HttpResponse> unauthenticated(AuthRequest request) {
        return switch (request.path()) {
            case CALLBACK -> Optional.of(callback(request));
            case LOGOUT -> Optional.of(logout());
            default -> isNavigation(request) ? Optional.of(start(request)) : Optional.empty();
        };
    }

    private HttpResponse start(AuthRequest request) {
        var started = new FlowCookie.Flow(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(),
                returnPath(request));
        return redirect(flow.authorizationUrl(started).toString())
                .header("Set-Cookie", Cookies.set(FLOW_COOKIE, flows.seal(started), CALLBACK,
                        flows.lifetime().toSeconds(), secure));
    }

    private HttpResponse callback(AuthRequest request) {
        try {
            FlowCookie.Flow started = Cookies.read(request, FLOW_COOKIE).flatMap(flows::open)
                    .orElseThrow(() -> new SignInException("no valid flow cookie (expired, or the sign-in began in another browser)"));
            if (request.query().length() > MAX_CALLBACK_QUERY) {
                throw new SignInException("the callback's query is longer than " + MAX_CALLBACK_QUERY + " characters");
            }
            AuthenticationResponse answer = AuthenticationResponseParser.parse(
                    new URI(base + CALLBACK + (request.query().isEmpty() ? "" : "?" + request.query())));
            if (answer.getState() == null || !MessageDigest.isEqual(answer.getState().getValue().getBytes(StandardCharsets.UTF_8),
                    started.state().getBytes(StandardCharsets.UTF_8))) {
                throw new SignInException("the callback's state is not the flow cookie's");
            }
            if (answer instanceof AuthenticationErrorResponse error) {
                throw new SignInException("the provider answered " + ClientText.bounded(error.getErrorObject().getCode(), 100));
            }
            User user = flow.finish(((AuthenticationSuccessResponse) answer).getAuthorizationCode(), started);
            String cookie = sessions.issue(user, clock.instant().plus(config.sessionLifetime()));
            if (cookie.length() > Cookies.MAX_VALUE) {
                throw new SignInException("the session cookie of this user would exceed " + Cookies.MAX_VALUE + " characters");
            }
            LOG.info("Signed in '{}' with groups {}", ClientText.bounded(user.name(), 100), user.groups().size());
            // the flow cookie is left to expire: a response carries one Set-Cookie; it is useless without its state's code
            return redirect(base + started.returnPath()).header("Set-Cookie",
                    Cookies.set(SESSION_COOKIE, cookie, "/", config.sessionLifetime().toSeconds(), secure));
        } catch (SignInException e) {
            LOG.info("Sign-in refused: {}", e.getMessage());
        } catch (ParseException | URISyntaxException | RuntimeException e) {
            LOG.info("Sign-in refused: a malformed callback ({})", e.getClass().getSimpleName());
        }
        if (Cookies.read(request, SESSION_COOKIE).flatMap(sessions::verify).isPresent()) {
            // signed in meanwhile, e.g. by another tab whose sign-in replaced this one's flow cookie
            return redirect(base + "/");
        }
        return HttpResponse.text(401, "Sign-in failed. Open the page again to sign in anew.")
                .header("Set-Cookie", Cookies.set(FLOW_COOKIE, "", CALLBACK, 0, secure));
    }

    private HttpResponse logout() {
        String after = base + "/";
        String target = flow.endSession().map(end -> end + (end.getRawQuery() == null ? "?" : "&")
                + "client_id=" + encode(config.clientId()) + "&post_logout_redirect_uri=" + encode(after)).orElse(after);
        return redirect(target).header("Set-Cookie", Cookies.set(SESSION_COOKIE, "", "/", 0, secure));
    }

    private static HttpResponse redirect(String location) {
        return HttpResponse.text(302, "Redirecting").header("Location", location);
    }

    private static boolean isNavigation(AuthRequest request) {
        return request.header("sec-fetch-mode").map("navigate"::equalsIgnoreCase).orElse(false)
                || request.header("accept").map(a -> a.toLowerCase(Locale.ROOT).contains("text/html")).orElse(false);
    }

    /** The request's path and query as a same-site path to return to; {@code /} if it is odd or too long. */
    private static String returnPath(AuthRequest request) {
        try {
            String path = new URI(null, null, request.path(), null).getRawPath();
            String whole = request.query().isEmpty() ? path : path + "?" + request.query();
            boolean plain = whole.startsWith("/") && !whole.startsWith("//") && !whole.startsWith("/\\")
                    && whole.chars().allMatch(c -> c > 0x20 && c < 0x7f);
            return plain && whole.length() <= MAX_RETURN ? whole : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static String baseOf(URI baseUrl) {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
