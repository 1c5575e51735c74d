package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** Authentication on the page and the upgrade (BasicAuth from a file), authorization per app, the user in the session. */
class AccessTest {

    private static PanelServer server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, "# test users\n\nalice:" + PasswordHash.create("wonderland".toCharArray(), 10_000)
                + "\nbob:" + PasswordHash.create("builder".toCharArray(), 10_000) + "\n");
        BasicAuth auth = BasicAuth.fromFile(users);
        server = PanelServer.create(c -> c.port(0)
                .authenticator(auth)
                .app("/hello", session -> new StaticText("Hello " + session.principal().orElseThrow().getName()))
                .app("/admin", session -> new StaticText("admin"))
                .authorize("/admin", user -> user.getName().equals("alice"))).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> page(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return WsClient.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static WsClient.Boot boot(HttpResponse<String> page) throws Exception {
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
            HttpResponse<String> response = page("/hello", auth);
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
