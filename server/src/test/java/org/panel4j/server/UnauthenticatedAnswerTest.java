package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.widget.StaticText;

/**
 * {@link Authenticator#unauthenticated}: an authenticator answers a GET that did not authenticate itself
 * (e.g. a redirect to sign in, docs/sign-in-oidc.md); other methods and a declined answer keep the 401,
 * and a user's groups reach {@link Authorizer#inGroup}.
 */
class UnauthenticatedAnswerTest {

    private static final CopyOnWriteArrayList<AuthRequest> ASKED = new CopyOnWriteArrayList<>();
    private static PanelServer server;

    @BeforeAll
    static void start() {
        Authenticator auth = new Authenticator() {
            @Override
            public Optional<Principal> authenticate(AuthRequest request) {
                return request.header("x-user").map(name -> new User(name, name.equals("alice") ? Set.of("staff") : Set.of()));
            }

            @Override
            public Optional<HttpResponse> unauthenticated(AuthRequest request) {
                ASKED.add(request);
                if (request.path().equals("/fails")) {
                    throw new IllegalStateException("broken on purpose");
                }
                return request.path().equals("/declined") ? Optional.empty()
                        : Optional.of(HttpResponse.text(302, "to sign-in").header("Location", "/sign-in?from=" + request.path()));
            }
        };
        server = PanelServer.create(c -> c.port(0).authenticator(auth)
                .app("/hello", session -> new StaticText("Hello"))
                .app("/staff", session -> new StaticText("staff room"))
                .authorize("/staff", Authorizer.inGroup("staff"))).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static java.net.http.HttpResponse<String> send(String method, String path, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("X-User", user);
        }
        return WsClient.HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unauthenticatedGet_getsTheAuthenticatorsAnswer_withPathAndQuery() throws Exception {
        var answer = send("GET", "/hello?tab=2", null);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).contains("/sign-in?from=/hello");
        assertThat(ASKED).anyMatch(r -> r.path().equals("/hello") && r.query().equals("tab=2"));
    }

    @Test
    void otherMethods_aDeclinedAnswer_andAFailingOne_keepThe401() throws Exception {
        assertThat(send("POST", "/hello", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/declined", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/fails", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/hello", "bob").statusCode()).as("signed in: the page").isEqualTo(200);
    }

    @Test
    void inGroup_letsOnlyTheGroupsUsersOpenTheApp() throws Exception {
        assertThat(send("GET", "/staff", "bob").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/staff", "alice").statusCode()).isEqualTo(200);
    }
}
