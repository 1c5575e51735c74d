package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.server.AppCatalog;
import org.panel4j.server.PanelServer;
import org.panel4j.server.internal.DevReload;
import org.panel4j.testkit.JavaSources;
import org.panel4j.widget.StaticText;

/**
 * The dev loop ({@code serve --dev}): the time from a recompiled class file on disk (what an IDE's
 * save-and-compile or {@code mvn compile} leaves) to the open Chromium page showing the new code, by
 * itself. javac's own time is reported apart.
 */
final class DevReloadScenario {

    ObjectNode run(int saves) throws Exception {
        Path sources = Files.createTempDirectory("panel4j-dev-src");
        Path classes = Files.createTempDirectory("panel4j-dev-classes");
        compile(sources, classes, 0);
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            var reload = DevReload.of(Class.forName("devapp.Apps", true, loader).asSubclass(AppCatalog.class)).orElseThrow();
            var server = PanelServer.create(c -> {
                c.port(0).devMode(true);
                reload.apps().forEach(c::app);
            }).start();
            reload.watch(server::reloadPages);
            ChromeDriver driver = new ChromeDriver(service, options);
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/app");
                var js = (JavascriptExecutor) driver;
                var wait = new FluentWait<>(driver).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(5));
                wait.until(d -> shows(js, 0));
                double[] updated = new double[saves];
                double[] javac = new double[saves];
                for (int k = 1; k <= saves; k++) {
                    long start = System.nanoTime();
                    compile(sources, classes, k);
                    long saved = System.nanoTime();
                    int version = k;
                    wait.until(d -> shows(js, version));
                    updated[k - 1] = (System.nanoTime() - saved) / 1e6;
                    javac[k - 1] = (saved - start) / 1e6;
                    Thread.sleep(300);
                }
                ObjectNode node = Results.JSON.createObjectNode();
                node.put("saves", saves);
                node.set("savedToPageUpdatedMs", Results.median(updated));
                node.set("javacMs", Results.median(javac));
                System.out.printf("  class file written -> page shows the new code: median %.0f ms (min %.0f, max %.0f);"
                                + " javac %.0f ms%n", node.get("savedToPageUpdatedMs").get("median").asDouble(),
                        node.get("savedToPageUpdatedMs").get("min").asDouble(),
                        node.get("savedToPageUpdatedMs").get("max").asDouble(), node.get("javacMs").get("median").asDouble());
                return node;
            } finally {
                driver.quit();
                reload.close();
                server.stop();
            }
        }
    }

    private static boolean shows(JavascriptExecutor js, int version) {
        Object text = js.executeScript("return document.body ? document.body.innerText : ''");
        return String.valueOf(text).contains("Version " + version + ".");
    }

    private static void compile(Path sources, Path classes, int version) throws Exception {
        JavaSources.compile(sources, classes, "devapp.Apps", """
                package devapp;

                import java.util.Map;
                import org.panel4j.App;
                import org.panel4j.layout.Column;
                import org.panel4j.server.AppCatalog;
                import org.panel4j.widget.StaticText;

                public final class Apps implements AppCatalog {
                    @Override
                    public Map<String, App> apps() {
                        return Map.of("/app", session -> new Column(new StaticText("Version %d.")));
                    }
                }
                """.formatted(version), App.class, Column.class, StaticText.class, AppCatalog.class);
    }
}
