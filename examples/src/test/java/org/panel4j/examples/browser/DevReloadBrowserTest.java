package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panel4j.App;
import org.panel4j.Panel;
import org.panel4j.layout.Column;
import org.panel4j.server.AppCatalog;
import org.panel4j.server.PanelServer;
import org.panel4j.server.internal.DevReload;
import org.panel4j.testkit.JavaSources;
import org.panel4j.widget.IntSlider;

/**
 * The dev loop in Chromium (docs/getting-started.md): an app served from a catalog class in dev mode,
 * recompiled while its page is open: the page reloads itself, shows the new code, and keeps the state its
 * URL holds.
 */
class DevReloadBrowserTest {

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    @Test
    void recompiledApp_thePageReloadsItself_showsTheNewCode_andKeepsItsUrlState() throws Exception {
        compile(1);
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            var reload = DevReload.of(Class.forName("devapp.Apps", true, loader).asSubclass(AppCatalog.class))
                    .orElseThrow();
            var server = PanelServer.create(c -> {
                c.port(0).devMode(true);
                reload.apps().forEach(c::app);
            }).start();
            reload.watch(server::reloadPages);
            Browser browser = Browser.start();
            try {
                browser.open("http://127.0.0.1:" + server.port() + "/app?n=7");
                browser.await("version 1 with the link's n", d -> text(browser).contains("Version 1 with n = 7"));
                browser.js("window.__beforeReload = true");

                compile(2);
                browser.await("version 2, by itself", d -> text(browser).contains("Version 2 with n = 7"));
                assertThat(browser.js("return window.__beforeReload === undefined")).as("a new document").isEqualTo(true);
                assertThat(browser.driver().getCurrentUrl()).contains("n=7");
                browser.assertNoPageErrors();
            } finally {
                browser.close();
                reload.close();
                server.stop();
            }
        }
    }

    private static String text(Browser browser) {
        return String.valueOf(browser.js("return document.body.innerText"));
    }

    /** Compiles version {@code version} of devapp.Apps: a slider synced to the URL and a text saying the version. */
    private void compile(int version) throws IOException {
        JavaSources.compile(sources, classes, "devapp.Apps", """
                package devapp;

                import java.util.Map;
                import org.panel4j.App;
                import org.panel4j.Panel;
                import org.panel4j.layout.Column;
                import org.panel4j.server.AppCatalog;
                import org.panel4j.widget.IntSlider;

                public final class Apps implements AppCatalog {
                    @Override
                    public Map<String, App> apps() {
                        return Map.of("/app", session -> {
                            var slider = new IntSlider(0, 10, 3);
                            slider.setName("N");
                            session.location().sync(slider, "n");
                            return new Column(slider, Panel.bind(n -> "Version %d with n = " + n, slider));
                        });
                    }
                }
                """.formatted(version), App.class, Panel.class, Column.class, IntSlider.class, AppCatalog.class);
    }
}
