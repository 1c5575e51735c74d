package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a page shows before it connects: its app's title ({@code App.describedAs}), the index listing
 * titles and descriptions (escaped), and panel4j's icon, so no page logs a 404 for {@code /favicon.ico}.
 */
class AppPagesTest {

    private static PanelServer server;
    private static String host;

    @BeforeAll
    static void start() {
        server = PanelServer.create(c -> c.port(0)
                .app("/ops", TestApps.clicks().describedAs("Ops <board>", "Health & <b>deploys</b>"))
                .app("/plain", TestApps.clicks())).start();
        host = "127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aDescribedApp_givesItsPageItsTitle_andAPlainOneATitleFromItsPath() throws Exception {
        assertThat(RawHttp.get(server.port(), "/ops", host).body()).contains("<title>Ops &lt;board&gt;</title>")
                .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/static/panel4j/favicon.svg\">");
        assertThat(RawHttp.get(server.port(), "/plain", host).body()).contains("<title>plain · panel4j</title>");
    }

    @Test
    void theIndex_listsEachAppsTitleDescriptionAndPath_escaped() throws Exception {
        String index = RawHttp.get(server.port(), "/", host).body();
        assertThat(index).contains("href=\"/ops\">Ops &lt;board&gt;</a>")
                .contains("<span class=\"p4j-index-description\">Health &amp; &lt;b&gt;deploys&lt;/b&gt;</span>")
                .contains("href=\"/plain\">plain · panel4j</a>").doesNotContain("<b>deploys");
        assertThat(index.indexOf("/ops")).as("in the order the apps were added").isLessThan(index.indexOf("/plain"));
    }

    @Test
    void theIcon_isServedAtFaviconIco_andWhereThePagesLinkIt() throws Exception {
        for (String path : new String[] {"/favicon.ico", "/static/panel4j/favicon.svg"}) {
            RawHttp.Answer answer = RawHttp.get(server.port(), path, host);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.header("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
            assertThat(answer.body()).as(path).startsWith("<svg");
        }
    }

    @Test
    void aBlankTitle_isRefused() {
        assertThatThrownBy(() -> TestApps.clicks().describedAs(" ", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
    }
}
