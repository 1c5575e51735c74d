package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page loads the browser client from a versioned prefix that browsers keep for a year, so a page opened
 * again asks for none of its modules; the plain prefix stays, revalidated (docs/decisions/0027-client-caching.md).
 */
class ClientCachingTest {

    private static final Pattern CORE = Pattern.compile("<script type=\"module\" src=\"(/static/panel4j/v/([A-Za-z0-9._-]+))/core\\.js\">");

    private static PanelServer server;
    private static String host;

    @BeforeAll
    static void start() {
        server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        host = "127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String prefix() throws Exception {
        Matcher m = CORE.matcher(RawHttp.get(server.port(), "/app", host).body());
        assertThat(m.find()).as("the page loads core.js from a versioned prefix").isTrue();
        assertThat(m.group(2)).as("the build wrote the version (client.properties)").isNotEqualTo("dev");
        return m.group(1);
    }

    @Test
    void thePagesClientFiles_andTheModulesTheyImport_areKeptForAYear_andAreTheSameFiles() throws Exception {
        String prefix = prefix();
        assertThat(RawHttp.get(server.port(), "/app", host).body()).contains("<link rel=\"stylesheet\" href=\"" + prefix + "/panel4j.css\">");
        for (String file : new String[] {"/core.js", "/panel4j.css", "/views/Button.js", "/common.js"}) {
            RawHttp.Answer versioned = RawHttp.get(server.port(), prefix + file, host);
            RawHttp.Answer plain = RawHttp.get(server.port(), "/static/panel4j" + file, host);
            assertThat(versioned.status()).as(file).isEqualTo(200);
            assertThat(versioned.header("Cache-Control")).as(file).hasValue("public, max-age=31536000, immutable");
            assertThat(versioned.header("X-Content-Type-Options")).as("security headers too").hasValue("nosniff");
            assertThat(versioned.body()).as(file).isEqualTo(plain.body()).isNotEmpty();
            assertThat(plain.header("Cache-Control")).as(file).hasValue("no-cache");
        }
    }

    @Test
    void anotherBuildsVersion_isServedThisBuildsFiles_soAPageFromARollingRestartStillLoads() throws Exception {
        RawHttp.Answer other = RawHttp.get(server.port(), "/static/panel4j/v/0.0.9-20200101000000/core.js", host);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(RawHttp.get(server.port(), prefix() + "/core.js", host).body());
    }

    @Test
    void pathsOutsideTheClientFiles_areNotFound() throws Exception {
        String prefix = prefix();
        for (String path : new String[] {prefix + "/../../../app", prefix + "/..%2F..%2Fcore.js", prefix + "/.hidden",
                prefix + "/nosuch.js", prefix + "/", "/static/panel4j/v//core.js", "/static/panel4j/v/" + "x".repeat(65) + "/core.js",
                prefix + "/views/../../../../etc/passwd"}) {
            RawHttp.Answer answer = RawHttp.get(server.port(), path, host);
            assertThat(answer.status()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("import ").doesNotContain("root:");
        }
    }
}
