package org.panel4j.convert.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.convert.Converter;

/**
 * The build's real conversions (the convert command run by Maven on the seed examples, convert/pom.xml):
 * what each site holds. Chromium runs them in ExampleSiteInPageTest.
 */
class ExampleSiteTest {

    private static final Path SITE = Path.of("target", "examples-site");
    private static final List<String> APPS = List.of("async_click", "bind_image", "watch_image", "periodic", "async_stream");
    /** The WebAssembly site lacks the image examples for now (convert/pom.xml says why). */
    private static final List<String> WASM_APPS = List.of("async_click", "periodic", "async_stream");

    @Test
    void theJavaScriptSite_holdsThePages_theCompiledApps_theClient_andUplotOnly() {
        Path js = SITE.resolve("js");
        assertSite(js, "app.js", APPS);
        assertThat(js.resolve("teavm")).doesNotExist();
    }

    @Test
    void theWebAssemblySite_alsoHoldsTeaVmsLoader() {
        Path wasm = SITE.resolve("wasm");
        assertSite(wasm, "app.wasm", WASM_APPS);
        assertThat(wasm.resolve("teavm/wasm-gc-module-runtime.min.js")).isNotEmptyFile();
    }

    private static void assertSite(Path site, String compiled, List<String> apps) {
        assertThat(site.resolve(compiled)).isNotEmptyFile();
        assertThat(site.resolve(Converter.MARKER)).isRegularFile();
        assertThat(site.resolve("inpage.js")).content().contains("window.WebSocket = InPageWebSocket");
        assertThat(site.resolve("client/core.js")).isNotEmptyFile();
        assertThat(site.resolve("client/views/Figure.js")).isNotEmptyFile();
        assertThat(site.resolve("index.html")).content().contains(apps.stream().map(app -> "href=\"" + app + "/\"").toList());
        for (String app : apps) {
            assertThat(site.resolve(app + "/index.html")).content()
                    .contains("{\"app\":\"../" + compiled + "\",\"args\":[\"" + app + "\"]}")
                    .contains("<script type=\"importmap\">{\"imports\":{\"/static/\":\"../static/\"}}</script>")
                    .contains("<link rel=\"stylesheet\" href=\"../static/uplot/dist/uPlot.min.css\">");
        }
        assertThat(site.resolve("static/uplot/dist/uPlot.esm.js")).as("AsyncStream's Figure").isNotEmptyFile();
        assertThat(site.resolve("static/tabulator")).as("no app reaches Table").doesNotExist();
        assertThat(site.resolve("static/echarts")).doesNotExist();
        assertThat(site.resolve("static/pdfjs")).doesNotExist();
    }
}
