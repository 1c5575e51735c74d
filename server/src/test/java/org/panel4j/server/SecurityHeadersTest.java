package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.App;

/**
 * Every kind of response carries the security headers and no server version (docs/security.md);
 * Jetty's error pages say the status and a sentence only; HEAD on a page answers like GET without a
 * body and without a session.
 */
class SecurityHeadersTest {

    private static final AtomicInteger BUILT = new AtomicInteger();
    private static PanelServer server;
    private static int port;

    @BeforeAll
    static void start() {
        App app = session -> {
            BUILT.incrementAndGet();
            return TestApps.clicks().build(session);
        };
        server = PanelServer.create(c -> c.port(0).app("/app", app).app("/other", app)
                .handler("/hello", request -> HttpResponse.text(200, "hello"))).start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static RawHttp.Answer get(String path) throws Exception {
        return RawHttp.get(port, path, "127.0.0.1:" + port);
    }

    private static void assertSecurityHeaders(String what, RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "img-src 'self' data:;", "frame-ancestors 'none'",
                        "form-action 'self'", "base-uri 'none'", "object-src 'none'")
                .doesNotContain("https:", "http:", "unsafe-eval"));
        assertThat(answer.header("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(what).hasValue("no-referrer");
        assertThat(answer.header("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(answer.header("Server")).as(what).isEmpty();
        assertThat(answer.header("X-Powered-By")).as(what).isEmpty();
    }

    @Test
    void page_index_health_route_andStaticFiles_carryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/app", "/", "/health", "/hello", "/static/panel4j/core.js",
                "/static/panel4j/panel4j.css")) {
            RawHttp.Answer answer = get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertSecurityHeaders(path, answer);
        }
    }

    @Test
    void errorPages_carryTheSecurityHeaders_andSayOnlyTheStatusAndASentence() throws Exception {
        var boot = WsClient.page(port, "/app");
        List<RawHttp.Answer> errors = List.of(
                get("/nothing-here"),
                get("/static/panel4j/missing.js"),
                RawHttp.send(port, "DELETE", "/app", "127.0.0.1:" + port, ""),
                RawHttp.upgrade(port, boot.ws() + "?token=forged." + boot.token(), "127.0.0.1:" + port, ""),
                get("/%zz"),
                RawHttp.send(port, "GET", "/app", "127.0.0.1:" + port, "X-Big: " + "b".repeat(20_000) + "\r\n"));
        assertThat(errors).extracting(RawHttp.Answer::status).containsExactly(404, 404, 404, 403, 400, 431);
        for (RawHttp.Answer error : errors) {
            String what = error.status() + " " + error.body();
            assertSecurityHeaders(what, error);
            assertThat(error.header("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(error.body()).as(what).startsWith(error.status() + " ").hasLineCount(1)
                    .doesNotContainIgnoringCase("jetty").doesNotContain("/nothing-here", "missing.js", "%zz", "Caused", "at org.");
        }
        assertThat(errors.get(0).body()).isEqualTo("404 Not Found: nothing is served at this address.\n");
        // answers the server's own handlers make carry them too
        RawHttp.Answer post = RawHttp.send(port, "POST", "/hello", "127.0.0.1:" + port, "Content-Length: 0\r\n");
        assertThat(post.status()).isEqualTo(405);
        assertSecurityHeaders("POST /hello", post);
    }

    @Test
    void imageSources_widenOnlyImgSrc() throws Exception {
        var images = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())
                .allowImageSources("https://picsum.photos", "https://*.example.com:8443")).start();
        try {
            RawHttp.Answer answer = RawHttp.get(images.port(), "/", "localhost");
            assertThat(answer.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("img-src 'self' data: https://picsum.photos https://*.example.com:8443;")
                    .contains("default-src 'self'; script-src 'self';"));
        } finally {
            images.stop();
        }
    }

    @Test
    void head_onAPageOrTheIndex_answersLikeGet_withoutABodyOrASession() throws Exception {
        for (String path : List.of("/app", "/")) {
            RawHttp.Answer got = get(path);
            int built = BUILT.get();
            int sessions = server.sessionCount();
            RawHttp.Answer head = RawHttp.send(port, "HEAD", path, "127.0.0.1:" + port, "");

            assertThat(head.status()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.header("Content-Length")).as(path)
                    .hasValue(String.valueOf(got.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(head.headers().keySet()).as(path).containsExactlyInAnyOrderElementsOf(got.headers().keySet());
            for (String name : List.of("content-type", "cache-control", "content-security-policy")) {
                assertThat(head.header(name)).as(path + " " + name).isEqualTo(got.header(name));
            }
            assertThat(BUILT.get()).as(path).isEqualTo(built);
            assertThat(server.sessionCount()).as(path).isEqualTo(sessions);
        }
    }
}
