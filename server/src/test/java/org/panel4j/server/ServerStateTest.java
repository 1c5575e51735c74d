package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.session.CallbackError;
import org.panel4j.session.ServerState;
import org.panel4j.session.Session;
import org.panel4j.session.SharedValue;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.StaticText;

/**
 * docs/server-wide-state.md through the real server: one server-wide feed for 200 pages, the session hooks,
 * handler responses with headers and streamed bodies (no header injection), and session links.
 */
class ServerStateTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final List<CallbackError> errors = new CopyOnWriteArrayList<>();
    private PanelServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private PanelServer start(java.util.function.Consumer<ServerConfig.Builder> configure) {
        server = PanelServer.create(c -> {
            c.port(0).sessionHost(h -> h.scheduler(clock).errorHandler(errors::add));
            configure.accept(c);
        });
        return server;
    }

    /** A page's client with its init message. */
    private record Page(WsClient client, JsonNode init) {
        String text(int index) {
            return WsClient.ids(init.get("root"), "StaticText").get(index);
        }

        String value(String id) {
            return find(init.get("root"), id).at("/props/value").asText();
        }

        private static JsonNode find(JsonNode node, String id) {
            if (node.isObject() && id.equals(node.path("id").asText()) && node.has("props")) {
                return node;
            }
            for (JsonNode child : node.isObject() ? node.path("props") : node) {
                JsonNode found = child.isContainerNode() ? find(child, id) : null;
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }

    private Page open(String path, String authorization) throws Exception {
        WsClient.Boot boot = WsClient.boot(authorization == null ? WsClient.get(server.port(), path)
                : WsClient.get(server.port(), path, Map.of("Authorization", authorization)));
        WsClient client = WsClient.connectAs(server.port(), boot, authorization);
        return new Page(client, client.await(m -> "init".equals(m.path("type").asText()), Duration.ofSeconds(30)));
    }

    @Test
    void oneServerWideCallback_feeds200Pages_oncePerPeriod_goesOnAfterAnError_andStopsWithTheServer() throws Exception {
        var feed = SharedValue.of(0);
        var runs = new AtomicInteger();
        start(c -> c.maxSessionsPerAddress(250).app("/", session -> {
            var text = new StaticText();
            feed.bind(session, v -> text.setValue("feed " + v));
            return text;
        }));
        server.state().addPeriodicCallback(tick -> {
            if (runs.incrementAndGet() == 2) {
                throw new IllegalStateException("the feed failed once");
            }
            feed.set(runs.get());
        }, Duration.ofSeconds(1));
        server.start();
        var pages = new ArrayList<Page>();
        for (int i = 0; i < 200; i++) {
            pages.add(open("/", null));
        }
        assertThat(feed.bindingCount()).isEqualTo(200);

        for (int second = 0; second < 5; second++) {
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(runs.get()).isEqualTo(5); // once per period for the whole server, not per session
        for (Page page : pages) {
            String id = WsClient.ids(page.init().get("root"), "StaticText").getFirst();
            page.client().awaitSet(id, "value", v -> v.asText().equals("feed 5"));
        }
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().kind()).isEqualTo("periodic");
        assertThat(errors.getFirst().session()).isNull();

        server.stop();
        assertThat(feed.bindingCount()).isZero(); // the sessions' bindings went with them
        clock.advance(Duration.ofSeconds(5));
        assertThat(runs.get()).isEqualTo(5);
    }

    @Test
    void sessionHooks_runOnceTheAppIsBuilt_onAVirtualThreadWithoutTheLock_andWhenTheSessionEnds() throws Exception {
        var built = new AtomicBoolean();
        var created = new CopyOnWriteArrayList<String>();
        var destroyed = new CopyOnWriteArrayList<String>();
        var createdOnVirtualThreadWithoutLock = new AtomicBoolean();
        start(c -> c.reconnectGrace(Duration.ofSeconds(5)).app("/", session -> {
            built.set(true);
            return new StaticText("x");
        }));
        server.state().onSessionCreated(session -> {
            createdOnVirtualThreadWithoutLock.set(built.get() && Thread.currentThread().isVirtual()
                    && !session.isLockHeldByCurrentThread());
            created.add(session.id());
        });
        server.state().onSessionCreated(session -> { throw new IllegalStateException("a failing hook"); });
        server.state().onSessionDestroyed(session -> destroyed.add(session.id()));
        server.start();

        Page page = open("/", null);
        assertThat(created).hasSize(1);
        assertThat(createdOnVirtualThreadWithoutLock).isTrue();
        assertThat(errors).extracting(CallbackError::kind).containsExactly("sessionCreated");
        assertThat(page.client().closed).isNotDone(); // the failing hook did not stop the page
        page.client().close();
        Waits.until(() -> server.sessionCount() == 1 && page.client().closed.isDone(), "the socket closed");
        clock.advance(Duration.ofSeconds(6)); // the reconnect grace passes: the session ends
        Waits.until(() -> destroyed.size() == 1, "the destroyed hook ran");
        assertThat(destroyed).isEqualTo(created);
    }

    @Test
    void handlerResponses_carryAttachmentCacheControlAndStreamedBodies_butNoInjectedOrServerHeaders() throws Exception {
        int size = 3 * 1024 * 1024 + 17;
        start(c -> c.app("/", session -> new StaticText("x"))
                .handler("/export", request -> HttpResponse.stream(200, "text/csv; charset=utf-8", out -> {
                    var chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    for (int left = size; left > 0; left -= chunk.length) {
                        out.write(chunk, 0, Math.min(left, chunk.length));
                    }
                }).attachment("résumé \"2026\"\r\n.csv").cacheControl("private, max-age=60"))
                .handler("/inject", request -> HttpResponse.text(200, "x")
                        .header("X-Note", request.query().getOrDefault("v", "") ))
                .handler("/csp", request -> HttpResponse.text(200, "x").header("Content-Security-Policy", "default-src *"))
                .handler("/broken", request -> HttpResponse.stream(200, "text/plain", out -> {
                    out.write(new byte[200_000]);
                    throw new IOException("the source went away");
                })));
        server.start();
        int port = server.port();

        var export = WsClient.HTTP.send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/export")).build(), BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).hasSize(size);
        assertThat(export.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"r_sum_ _2026___.csv\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%222026%22%0D%0A.csv");
        assertThat(export.headers().firstValue("Cache-Control")).contains("private, max-age=60");
        assertThat(export.headers().firstValue("Content-Security-Policy")).isPresent();

        var plain = WsClient.get(port, "/inject?v=fine");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("X-Note")).contains("fine");
        assertThat(plain.headers().firstValue("Cache-Control")).contains("no-store");
        var injected = WsClient.get(port, "/inject?v=a%0D%0ASet-Cookie:%20stolen=1");
        assertThat(injected.statusCode()).isEqualTo(500);
        assertThat(injected.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(injected.headers().firstValue("X-Note")).isEmpty();
        var weakened = WsClient.get(port, "/csp");
        assertThat(weakened.statusCode()).isEqualTo(500);
        assertThat(weakened.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("default-src *");

        assertThatThrownBy(() -> WsClient.get(port, "/broken")).isInstanceOf(IOException.class);
        assertThat(WsClient.get(port, "/inject?v=after").statusCode()).isEqualTo(200); // the server goes on
    }

    @Test
    void httpResponse_refusesBadHeaders() {
        var ok = HttpResponse.text(200, "x");
        assertThatThrownBy(() -> ok.header("X-A", "a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no CR or LF").hasMessageContaining("a\\u000ab");
        assertThatThrownBy(() -> ok.header("X A", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.header("X-A", "é")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.header("x".repeat(65), "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.header("X-A", "b".repeat(4097))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.header("content-length", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.header("Transfer-Encoding", "chunked")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpResponse(200, "text/plain\r\nX: y", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        var many = ok;
        for (int i = 0; i < HttpResponse.MAX_HEADERS; i++) {
            many = many.header("X-" + i, "v");
        }
        var full = many;
        assertThatThrownBy(() -> full.header("X-more", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ok.header("X-A", "1").header("x-a", "2").headers()).containsExactly(Map.entry("x-a", "2"));
    }

    @Test
    void sessionLink_letsTheHandlerSeeThePagesSession_onlyForItsUser_andOnlyWhileItLives() throws Exception {
        var users = BasicAuth.of(Map.of("alice", PasswordHash.create("wonderland".toCharArray(), 10_000),
                "bob", PasswordHash.create("builder".toCharArray(), 10_000)));
        start(c -> c.authenticator(users).reconnectGrace(Duration.ofSeconds(5))
                .app("/", session -> new Row(new StaticText(session.host().state().sessionLink(session, "/whoami")),
                        new StaticText(session.shortId())))
                .handler("/whoami", request -> HttpResponse.text(200, request.session().map(Session::shortId)
                        .orElse("none") + " " + request.query().keySet())));
        server.start();
        String alice = basic("alice", "wonderland");
        Page first = open("/", alice);
        Page second = open("/", alice);
        String link = first.value(first.text(0));
        assertThat(link).startsWith("/whoami?" + ServerState.LINK_PARAMETER + "=");
        String shortId = first.value(first.text(1));

        assertThat(get(link, alice)).isEqualTo(shortId + " []"); // the token is not in the handler's query
        assertThat(get(link + "&x=1", alice)).isEqualTo(shortId + " [x]");
        assertThat(get(second.value(second.text(0)), alice)).isEqualTo(second.value(second.text(1)) + " []");
        assertThat(get("/whoami?" + ServerState.LINK_PARAMETER + "=" + "A".repeat(22), alice)).isEqualTo("none []");
        assertThat(get(link, basic("bob", "builder"))).isEqualTo("none []"); // another user's link

        first.client().close();
        Waits.until(() -> first.client().closed.isDone(), "the socket closed");
        Waits.until(() -> { clock.advance(Duration.ofSeconds(6)); return server.sessionCount() == 1; }, "the session ended");
        assertThat(get(link, alice)).isEqualTo("none []"); // useless once its session ended
    }

    private String get(String path, String authorization) throws Exception {
        var response = WsClient.get(server.port(), path, Map.of("Authorization", authorization));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().strip();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
