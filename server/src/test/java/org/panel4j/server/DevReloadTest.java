package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panel4j.App;
import org.panel4j.testkit.JavaSources;
import org.panel4j.widget.StaticText;

/**
 * {@code serve --dev} through the real server: a catalog compiled into a classes folder, recompiled
 * while a page is open: the page is told to reload (close code 4000), a new page shows the new code, a
 * catalog that fails to load shows its error in the page, and the next good compile heals it.
 */
class DevReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    @Test
    void recompiledCatalog_reloadsOpenPages_newPagesShowTheNewCode_andALoadErrorShowsInThePage() throws Exception {
        compile("return Map.of(\"/app\", (App) session -> new StaticText(\"Version 1\"));");
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            var command = new ServeCommand(Class.forName("devapp.Apps", true, loader).asSubclass(AppCatalog.class));
            command.parse("--port", "0", "--dev");
            PanelServer server = command.start();
            try {
                int port = server.port();
                var page = WsClient.connect(port, WsClient.page(port, "/app"));
                assertThat(firstView(page)).contains("Version 1");

                compile("return Map.of(\"/app\", (App) session -> new StaticText(\"Version 2\"));");
                assertThat(page.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the open page is told to reload").isEqualTo(4000);
                assertThat(server.sessionCount()).as("its session ended").isZero();
                page = WsClient.connect(port, WsClient.page(port, "/app"));
                assertThat(firstView(page)).contains("Version 2").doesNotContain("Version 1");

                compile("if (true) throw new IllegalStateException(\"broken on purpose\"); return Map.of();");
                assertThat(page.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(4000);
                page = WsClient.connect(port, WsClient.page(port, "/app"));
                assertThat(firstView(page)).as("the load error, in the page")
                        .contains("Reload 3").contains("failed").contains("IllegalStateException: broken on purpose");

                compile("return Map.of(\"/app\", (App) session -> new StaticText(\"Version 4\"));");
                assertThat(page.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(4000);
                page = WsClient.connect(port, WsClient.page(port, "/app"));
                assertThat(firstView(page)).as("the next good compile heals it").contains("Version 4");
            } finally {
                command.stopReloading();
                server.stop();
            }
        }
    }

    /** Writes devapp/Apps.java with {@code body} as its apps() method, and compiles it into the classes folder. */
    private void compile(String body) throws IOException {
        JavaSources.compile(sources, classes, "devapp.Apps", """
                package devapp;

                import java.util.Map;
                import org.panel4j.App;
                import org.panel4j.server.AppCatalog;
                import org.panel4j.widget.StaticText;

                public final class Apps implements AppCatalog {
                    @Override
                    public Map<String, App> apps() {
                        %s
                    }
                }
                """.formatted(body), App.class, StaticText.class, AppCatalog.class);
    }

    /** A page's first view, as JSON text. */
    private static String firstView(WsClient page) throws InterruptedException {
        return page.await(m -> "init".equals(m.path("type").asText()), WAIT).toString();
    }
}
