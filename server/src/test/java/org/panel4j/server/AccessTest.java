package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panel4j.widget.StaticText;

/**
 * Authentication on every route (pages, index, /health, handler routes, static files) and the upgrade
 * (BasicAuth from a file), explicit public routes, authorization per app and handler route, the user in
 * the session and in the handler's request.
 */
class AccessTest {

    private static PanelServer server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, "# test users\n\nalice:" + PasswordHash.create("wonderland".toCharArray(), 10_000)
                + "\nbob:" + PasswordHash.create("builder".toCharArray(), 10_000) + "\n");
        // every test here signs in from 127.0.0.1: failures are not what this class counts (see SignInLimitsTest)
        BasicAuth auth = BasicAuth.fromFile(users, limits -> limits.maxFailures(1_000));
        server = PanelServer.create(c -> c.port(0)
                .authenticator(auth)
                .app("/hello", session -> new StaticText("Hello " + session.principal().orElseThrow().getName()))
                .app("/admin", session -> new StaticText("admin"))
                .authorize("/admin", user -> user.getName().equals("alice"))
                .handler("/data", request -> HttpResponse.text(200, "data for " + nameOf(request) + " at " + request.path()))
                .handler("/reports", request -> HttpResponse.text(200, "reports for " + nameOf(request)))
                .authorize("/reports", user -> user.getName().equals("alice"))
                .publicHandler("/open", request -> HttpResponse.text(200, "open to " + nameOf(request)))).start();
    }

    private static String nameOf(org.panel4j.server.HttpRequest request) {
        return request.user().map(java.security.Principal::getName).orElse("anyone");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static java.net.http.HttpResponse<String> page(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return WsClient.HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static WsClient.Boot boot(java.net.http.HttpResponse<String> page) throws Exception {
        return WsClient.boot(page);
    }

    private static java.net.http.WebSocket upgrade(WsClient.Boot boot, String authorization, WsClient client) throws Exception {
        var builder = WsClient.HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + boot.ws() + "?token=" + boot.token()),
                client == null ? new WsClient.Listener() {} : client).get(5, TimeUnit.SECONDS);
    }

    private static void assertUpgradeRefused(WsClient.Boot boot, String authorization) {
        assertThatThrownBy(() -> upgrade(boot, authorization, null))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(403));
    }

    @Test
    void pageWithoutOrWithWrongCredentials_gets401WithABasicChallenge_andOpensNoSession() throws Exception {
        int before = server.sessionCount();
        for (String auth : new String[] {null, basic("alice", "wrong"), basic("mallory", "x"), "Basic !!!", "Bearer x"}) {
            java.net.http.HttpResponse<String> response = page("/hello", auth);
            assertThat(response.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
        }
        assertThat(server.sessionCount()).isEqualTo(before);
    }

    @Test
    void signedInUser_reachesTheAppThroughItsSession_andEachSignInGetsAFreshSession() throws Exception {
        var first = boot(page("/hello", basic("alice", "wonderland")));
        var second = boot(page("/hello", basic("alice", "wonderland")));
        int before = server.sessionCount();
        var client = WsClient.connectAs(server.port(), first, basic("alice", "wonderland"));
        var init = client.awaitType("init");
        assertThat(init.toString()).contains("Hello alice");
        WsClient.connectAs(server.port(), second, basic("alice", "wonderland")).awaitType("init");
        assertThat(server.sessionCount()).as("a new session per signed-in page, made as it connects").isEqualTo(before + 2);
    }

    @Test
    void upgradeWithoutCredentials_orAsAnotherUser_isRefusedWith403() throws Exception {
        var alices = boot(page("/hello", basic("alice", "wonderland")));
        assertUpgradeRefused(alices, null);
        assertUpgradeRefused(alices, basic("alice", "wrong"));
        assertUpgradeRefused(alices, basic("bob", "builder")); // valid credentials, but not the page's user
        upgrade(alices, basic("alice", "wonderland"), null).sendClose(1000, "bye");
    }

    @Test
    void authorizer_letsOnlyItsUsersOpenTheApp_onPageAndUpgrade() throws Exception {
        assertThat(page("/admin", basic("bob", "builder")).statusCode()).isEqualTo(403);
        var alices = boot(page("/admin", basic("alice", "wonderland")));
        assertUpgradeRefused(alices, basic("bob", "builder"));
        upgrade(alices, basic("alice", "wonderland"), null).sendClose(1000, "bye");
    }

    /** Every route the server answers, an app's, the index, /health, handler routes, the client's files, unknown paths. */
    private static final List<String> GUARDED = List.of("/", "/health", "/data", "/data/x?q=1", "/reports",
            "/static/panel4j/core.js", "/static/panel4j/v/any-build/core.js", "/static/uplot/uPlot.esm.js", "/static/echarts/dist/echarts.esm.min.js", "/hello", "/hello/ws", "/nosuch", "/opener");

    @Test
    void withoutCredentials_everyRouteBut_thePublicOnes_gets401_andTheBodyNamesNoPathOrCount() throws Exception {
        for (String path : GUARDED) {
            for (String auth : new String[] {null, basic("alice", "wrong"), basic("mallory", "x")}) {
                var response = page(path, auth);
                assertThat(response.statusCode()).as(path + " " + auth).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isPresent();
                assertThat(response.body()).as(path).isEqualTo("Please sign in.");
            }
        }
    }

    @Test
    void withCredentials_everyRouteAnswers_andTheHandlerSeesTheUser() throws Exception {
        String alice = basic("alice", "wonderland");
        assertThat(page("/", alice).body()).contains("/hello", "/admin");
        assertThat(page("/", basic("bob", "builder")).body()).contains("/hello").doesNotContain("/admin");
        assertThat(WsClient.JSON.readTree(page("/health", alice).body()).has("sessions")).isTrue();
        assertThat(page("/data/x?q=1", alice).body()).isEqualTo("data for alice at /data/x");
        assertThat(page("/data", basic("bob", "builder")).body()).isEqualTo("data for bob at /data");
        assertThat(page("/static/panel4j/core.js", alice).statusCode()).isEqualTo(200);
        assertThat(page("/static/panel4j/v/any-build/core.js", alice).statusCode()).isEqualTo(200);
        assertThat(page("/nosuch", alice).statusCode()).isEqualTo(404);
    }

    @Test
    void publicHandler_answersWithoutCredentials_andSeesTheUserOnlyWhenValidOnesCome() throws Exception {
        assertThat(page("/open/x", null).body()).isEqualTo("open to anyone");
        assertThat(page("/open", basic("alice", "wrong")).body()).isEqualTo("open to anyone");
        var signedIn = page("/open", basic("alice", "wonderland"));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).isEqualTo("open to alice");
    }

    @Test
    void handlerRouteAuthorizer_refusesOtherUsersWith403() throws Exception {
        var bobs = page("/reports", basic("bob", "builder"));
        assertThat(bobs.statusCode()).isEqualTo(403);
        assertThat(bobs.body()).doesNotContain("/reports");
        assertThat(page("/reports", basic("alice", "wonderland")).body()).isEqualTo("reports for alice");
    }

    @Test
    void publicHealth_answersWithoutCredentials_withTheStatusOnly_andCountsOnlyToASignedInUser() throws Exception {
        var users = BasicAuth.of(java.util.Map.of("alice", PasswordHash.create("wonderland".toCharArray(), 10_000)));
        var open = PanelServer.create(c -> c.port(0).authenticator(users).publicHealth(true)
                .app("/hello", session -> new StaticText("hello"))).start();
        try {
            var anonymous = WsClient.get(open.port(), "/health");
            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(WsClient.get(open.port(), "/hello").statusCode()).isEqualTo(401);
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/health"))
                    .header("Authorization", basic("alice", "wonderland")).build();
            var signedIn = WsClient.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(WsClient.JSON.readTree(signedIn.body()).get("sessions").asInt()).isZero();
        } finally {
            open.stop();
        }
    }

    @Test
    void publicRoutes_areConfiguredExplicitly_andCannotBeAuthorized() {
        assertThatThrownBy(() -> ServerConfig.of(c -> c.app("/", session -> new StaticText("x"))
                .authenticator(BasicAuth.of(java.util.Map.of()))
                .publicHandler("/open", request -> HttpResponse.text(200, "x"))
                .authorize("/open", user -> true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public");
        ServerConfig config = ServerConfig.of(c -> c.app("/", session -> new StaticText("x"))
                .publicHandler("/open", request -> HttpResponse.text(200, "x")).handler("/data", request -> null));
        assertThat(config.access().publicPaths()).containsExactly("/open");
        assertThat(config.access().isPublic("/data")).isFalse();
    }

    @Test
    void passwordHash_isSaltedAndChecked() {
        String a = PasswordHash.create("pw".toCharArray(), 10_000);
        String b = PasswordHash.create("pw".toCharArray(), 10_000);
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256:10000:");
        assertThat(PasswordHash.matches(a, "pw".toCharArray())).isTrue();
        assertThat(PasswordHash.matches(a, "pW".toCharArray())).isFalse();
        for (String bad : List.of("plain", "pbkdf2-sha256:5:AAAA:AAAA", "md5:1:2:3")) {
            assertThatThrownBy(() -> PasswordHash.validate(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
