package org.panel4j.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.panel4j.server.Authorizer;
import org.panel4j.server.PanelServer;
import org.panel4j.server.User;
import org.panel4j.widget.StaticText;

/**
 * Sign-in with OpenID Connect through a real provider (mock-oauth2-server, in-process over HTTP) and a
 * real PanelServer: the whole code flow, each check of the ID token, the cookies and logout
 * (docs/sign-in-oidc.md).
 */
class OidcSignInTest {

    private static final String SECRET = "a test secret of at least thirty-two bytes!";
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern WS = Pattern.compile("\"ws\":\"([^\"]+)\"");

    private static MockOAuth2Server provider;
    private static ProviderProxy proxy;
    private static PanelServer server;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        proxy = new ProviderProxy(provider.baseUrl().port());
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        base = URI.create("http://127.0.0.1:" + port + "/");
        OidcSignIn oidc = OidcSignIn.discover(c -> c.issuer("http://127.0.0.1:" + proxy.port() + "/default")
                .clientId("panel").clientSecret("client secret").baseUrl("http://127.0.0.1:" + port)
                .cookieSecret(SECRET).timeout(Duration.ofSeconds(30))); // generous: the machine may be loaded
        server = PanelServer.create(c -> c.port(port).authenticator(oidc)
                .app("/hello", session -> new StaticText("Hello " + describe(session.principal().orElseThrow())))
                .app("/staff", session -> new StaticText("staff room"))
                .authorize("/staff", Authorizer.inGroup("staff"))).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @BeforeEach
    void passThrough() {
        proxy.mode(ProviderProxy.Mode.PASS);
    }

    private static String describe(Principal user) {
        return user.getName() + " in " + (user instanceof User known ? new TreeSet<>(known.groups()) : "no groups");
    }

    /** The provider's next ID token: for {@code subject} with {@code groups}, valid for {@code expirySeconds} (negative: expired). */
    private static void nextToken(String subject, List<String> groups, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", null,
                Map.of("groups", groups), expirySeconds));
    }

    private static void nextToken(String subject, List<String> groups) {
        nextToken(subject, groups, 3600);
    }

    private Browser signedIn(String subject, List<String> groups) throws Exception {
        nextToken(subject, groups);
        var browser = new Browser(base);
        assertThat(browser.open("/hello").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertRefused(Browser browser, HttpResponse<String> last) {
        assertThat(last.statusCode()).isEqualTo(401);
        assertThat(last.body()).contains("Sign-in failed");
        assertThat(browser.cookie(OidcSignIn.SESSION_COOKIE)).isEmpty();
    }

    @Test
    void pageRequest_goesToTheProviderAndBack_thenTheSocketOpensAsThatUser_andTheAppSeesItsGroups() throws Exception {
        nextToken("alice", List.of("staff", "dev"));
        var browser = new Browser(base);
        HttpResponse<String> page = browser.open("/hello?tab=2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(browser.visited).hasSize(4);
        String authorize = browser.visited.get(1).toString();
        assertThat(authorize).startsWith("http://127.0.0.1:" + proxy.port() + "/default/authorize?")
                .contains("code_challenge_method=S256", "code_challenge=", "nonce=", "state=", "client_id=panel");
        assertThat(browser.visited.get(2).getPath()).isEqualTo(OidcSignIn.CALLBACK);
        assertThat(browser.visited.get(3).toString()).isEqualTo(base + "hello?tab=2");

        String cookie = browser.cookie(OidcSignIn.SESSION_COOKIE).orElseThrow();
        var text = new CompletableFuture<String>();
        WebSocket socket = connect(page, cookie, text).get(10, TimeUnit.SECONDS);
        assertThat(text.get(10, TimeUnit.SECONDS)).contains("Hello alice in [dev, staff]");
        socket.abort();
        assertThatRefused(connect(browser.open("/hello"), null, new CompletableFuture<>()));
    }

    @Test
    void withoutSignIn_aNavigationIsRedirected_butOtherRequestsGet401_andTheFlowCookieIsHttpOnly() throws Exception {
        var browser = new Browser(base);
        HttpResponse<String> navigation = browser.get("/hello");
        assertThat(navigation.statusCode()).isEqualTo(302);
        assertThat(navigation.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith(OidcSignIn.FLOW_COOKIE + "=").contains("HttpOnly", "SameSite=Lax", "Path=/oidc/callback");
        var plain = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base.resolve("/hello")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(401);
    }

    /**
     * An ID token for another audience (OTHER_CLIENT), changed on the way so its signature fails (TAMPER),
     * or of another issuer though signed by the same keys (OTHER_ISSUER).
     */
    @ParameterizedTest
    @EnumSource(value = ProviderProxy.Mode.class, names = {"OTHER_CLIENT", "TAMPER", "OTHER_ISSUER"})
    void idTokenTheProviderDidNotIssueForThisApp_isRefused(ProviderProxy.Mode mode) throws Exception {
        nextToken("alice", List.of("staff"));
        proxy.mode(mode);
        var browser = new Browser(base);
        assertRefused(browser, browser.open("/hello"));
    }

    @Test
    void expiredIdToken_isRefused() throws Exception {
        nextToken("alice", List.of("staff"), -600);
        var browser = new Browser(base);
        assertRefused(browser, browser.open("/hello"));
    }

    @Test
    void idTokenWithAnotherNonce_isRefused() throws Exception {
        nextToken("alice", List.of("staff"));
        var browser = new Browser(base);
        assertRefused(browser, browser.open("/hello", url -> url.replaceFirst("nonce=[^&]+", "nonce=injected")));
    }

    @Test
    void logout_clearsTheSignIn_andGoesToTheProvidersEndSession() throws Exception {
        Browser browser = signedIn("alice", List.of("staff"));
        HttpResponse<String> out = browser.get(OidcSignIn.LOGOUT);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow())
                .startsWith("http://127.0.0.1:" + proxy.port() + "/default/endsession?")
                .contains("post_logout_redirect_uri=" + java.net.URLEncoder.encode(base.toString(), StandardCharsets.UTF_8));
        assertThat(browser.cookie(OidcSignIn.SESSION_COOKIE)).isEmpty();
        assertThat(browser.get("/hello").statusCode()).as("signed out: back to the provider").isEqualTo(302);
    }

    @Test
    void userWithoutTheGroup_gets403_onTheGroupsApp_andOneInIt_opensIt() throws Exception {
        Browser bob = signedIn("bob", List.of("dev"));
        assertThat(bob.get("/staff").statusCode()).isEqualTo(403);
        assertThat(bob.get("/hello").statusCode()).isEqualTo(200);
        Browser alice = signedIn("alice", List.of("staff"));
        assertThat(alice.get("/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void forgedOrOversizedSessionCookie_isRefused() throws Exception {
        Browser alice = signedIn("alice", List.of("dev"));
        String cookie = alice.cookie(OidcSignIn.SESSION_COOKIE).orElseThrow();
        String[] parts = cookie.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"dev\"", "\"staff\"").getBytes(StandardCharsets.UTF_8));
        String forged = String.join(".", parts);
        assertThat(forged).isNotEqualTo(cookie);
        assertThat(withCookie("/hello", cookie)).isEqualTo(200);
        assertThat(withCookie("/staff", forged)).isEqualTo(401);
        assertThat(withCookie("/hello", forged)).isEqualTo(401);
        assertThat(withCookie("/hello", "x".repeat(5000))).isEqualTo(401);
        assertThat(withCookie("/hello", "not.a.jwt")).isEqualTo(401);
    }

    @Test
    void flowCookie_cannotBeReplayed_forAnotherSignInsCallback() throws Exception {
        var first = new Browser(base);
        assertThat(first.get("/hello").statusCode()).isEqualTo(302);
        var second = new Browser(base);
        HttpResponse<String> started = second.get("/hello");
        HttpResponse<String> atProvider = second.get(started.headers().firstValue("Location").orElseThrow());
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(callback).getPath()).isEqualTo(OidcSignIn.CALLBACK);
        int tokenRequests = proxy.tokenRequests();
        assertRefused(first, first.get(callback));
        assertThat(proxy.tokenRequests()).as("refused on the state, before the code is spent").isEqualTo(tokenRequests);
    }

    @Test
    void failedCallback_ofABrowserSignedInMeanwhile_goesToTheIndex() throws Exception {
        var other = new Browser(base);
        HttpResponse<String> atProvider = other.get(other.get("/hello").headers().firstValue("Location").orElseThrow());
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        Browser alice = signedIn("alice", List.of("staff"));
        int tokenRequests = proxy.tokenRequests();
        HttpResponse<String> answer = alice.get(callback);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).contains(base.toString());
        assertThat(proxy.tokenRequests()).isEqualTo(tokenRequests);
    }

    /** The status of a non-navigation GET of {@code path} carrying {@code cookie} as the session cookie. */
    private static int withCookie(String path, String cookie) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", OidcSignIn.SESSION_COOKIE + "=" + cookie).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static CompletableFuture<WebSocket> connect(HttpResponse<String> page, String cookie, CompletableFuture<String> text) {
        Matcher token = TOKEN.matcher(page.body());
        Matcher ws = WS.matcher(page.body());
        assertThat(token.find() && ws.find()).as("boot JSON in " + page.body()).isTrue();
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (cookie != null) {
            builder.header("Cookie", OidcSignIn.SESSION_COOKIE + "=" + cookie);
        }
        var received = new StringBuilder();
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + base.getPort() + ws.group(1) + "?token=" + token.group(1)),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        received.append(data);
                        if (last && received.toString().contains("Hello")) {
                            text.complete(received.toString());
                        }
                        socket.request(1);
                        return null;
                    }
                }).toCompletableFuture();
    }

    private static void assertThatRefused(CompletableFuture<WebSocket> upgrade) {
        try {
            upgrade.get(10, TimeUnit.SECONDS).abort();
            throw new AssertionError("the upgrade without the session cookie opened");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(403);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
