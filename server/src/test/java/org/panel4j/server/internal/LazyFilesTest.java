package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.junit.jupiter.api.Test;
import org.panel4j.server.PanelServer;
import org.panel4j.widget.Button;

/**
 * A WebJar (uPlot, pdf.js, ECharts, Tabulator) is opened at the first request for one of its files, not
 * at start: a server whose pages show none of them neither reads their jars' directories while starting
 * nor keeps them in memory (BENCHMARKS.md §11). The files are served as before.
 */
class LazyFilesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theJarIsOpenedAtTheFirstRequest_notAtStart_andClosedAtStop() throws Exception {
        var files = new LazyFiles(HtmlShell.PDFJS_RESOURCES, "max-age=86400");
        var server = new Server();
        var connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new ContextHandler(files, HtmlShell.PDFJS));
        server.start();
        try {
            assertThat(files.getBeans(ResourceHandler.class)).as("started: nothing opened").isEmpty();

            HttpResponse<String> pdf = get(connector.getLocalPort(), HtmlShell.PDFJS + "/build/pdf.min.mjs");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("max-age=86400");
            assertThat(pdf.body()).contains("pdfjs");
            assertThat(get(connector.getLocalPort(), HtmlShell.PDFJS + "/build/").statusCode())
                    .as("no directory listing").isEqualTo(403);
            assertThat(get(connector.getLocalPort(), HtmlShell.PDFJS + "/nothing.js").statusCode()).isEqualTo(404);
            assertThat(files.getBeans(ResourceHandler.class)).singleElement()
                    .satisfies(handler -> assertThat(handler.isStarted()).isTrue());
        } finally {
            server.stop();
        }
        assertThat(files.getBeans(ResourceHandler.class)).singleElement()
                .satisfies(handler -> assertThat(handler.isStopped()).as("stopped with the server").isTrue());
    }

    @Test
    void aPanelServerServesEveryWebJarsFiles() throws Exception {
        PanelServer server = PanelServer.create(c -> c.port(0).app("/app", session -> new Button("Click"))).start();
        try {
            for (String file : new String[] {HtmlShell.UPLOT + "/dist/uPlot.esm.js", HtmlShell.PDFJS + "/build/pdf.min.mjs",
                    HtmlShell.ECHARTS + "/dist/echarts.esm.min.js", HtmlShell.TABULATOR + "/dist/js/tabulator_esm.min.mjs"}) {
                HttpResponse<String> answer = get(server.port(), file);
                assertThat(answer.statusCode()).as(file).isEqualTo(200);
                assertThat(answer.headers().firstValue("Cache-Control")).as(file).hasValue("max-age=86400");
            }
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
