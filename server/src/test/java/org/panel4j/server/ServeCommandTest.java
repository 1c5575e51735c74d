package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.panel4j.server.internal.Warmup;
import org.panel4j.session.SessionHost;
import picocli.CommandLine;

/** The {@code serve} command's options become the server's configuration. */
class ServeCommandTest {

    private static Map<String, App> apps() {
        var apps = new LinkedHashMap<String, App>();
        apps.put("/one", TestApps.clicks());
        apps.put("/two", TestApps.clicks());
        return apps;
    }

    @Test
    void options_buildTheConfig_withAppsAndHandlersInOrder() {
        HttpHandler hello = request -> HttpResponse.text(200, "hello");
        var command = new ServeCommand(apps()).handler("/hello", hello);
        new CommandLine(command).parseArgs("--port", "0", "--address", "0.0.0.0",
                "--allow-websocket-origin", "http://a.example:8080", "--allow-websocket-origin=https://b.example");

        ServerConfig config = command.config();
        assertThat(config.port()).isZero();
        assertThat(config.address()).isEqualTo("0.0.0.0");
        assertThat(config.allowedOrigins()).containsExactly("http://a.example:8080", "https://b.example");
        assertThat(config.apps()).containsOnlyKeys("/one", "/two");
        assertThat(config.apps().keySet()).containsExactly("/one", "/two");
        assertThat(config.handlers()).containsExactly(Map.entry("/hello", hello));
    }

    @Test
    void dev_turnsOnDevMode_offByDefault() {
        var dev = new ServeCommand(apps());
        new CommandLine(dev).parseArgs("--dev");
        var devHost = SessionHost.create(dev.config().host());
        var plain = new ServeCommand(apps());
        new CommandLine(plain).parseArgs();
        var plainHost = SessionHost.create(plain.config().host());
        try (devHost; plainHost) {
            assertThat(devHost.isDevMode()).isTrue();
            assertThat(plainHost.isDevMode()).isFalse();
        }
    }

    @Test
    void noOptions_giveTheDefaults() {
        var command = new ServeCommand(apps());
        new CommandLine(command).parseArgs();

        ServerConfig config = command.config();
        assertThat(config.port()).isEqualTo(ServerConfig.defaultPort());
        assertThat(config.address()).isEqualTo("127.0.0.1");
        assertThat(config.allowedOrigins()).isEmpty();
        assertThat(config.browser().allowedHosts()).isEqualTo(ServerConfig.defaultAllowedHosts());
        assertThat(config.browser().imageSources()).isEmpty();
    }

    @Test
    void nodeIdAndDrainSeconds_comeFromTheirOptions_configureAddsTheRest_andABadIdIsRejectedWithItsName() {
        var command = new ServeCommand(apps()).configure(config -> config.maxSessionsPerAddress(7));
        new CommandLine(command).parseArgs("--node-id", "n-2", "--drain-seconds", "5");
        ServerConfig config = command.config();
        assertThat(config.node().nodeId()).contains("n-2");
        assertThat(config.node().drainDeadline()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.limits().maxSessionsPerAddress()).isEqualTo(7);

        var plain = new ServeCommand(apps());
        new CommandLine(plain).parseArgs();
        assertThat(plain.config().node().nodeId()).as("no node id by default: a lone server").isEmpty();

        var bad = new ServeCommand(apps());
        new CommandLine(bad).parseArgs("--node-id", "N1/../x");
        assertThatThrownBy(bad::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nodeId").hasMessageContaining("N1/../x");
    }

    @Test
    void badOrigin_isRejectedWithItsName() {
        var command = new ServeCommand(apps());
        new CommandLine(command).parseArgs("--allow-websocket-origin", "http://a.example/path");

        assertThatThrownBy(command::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowWebSocketOrigin").hasMessageContaining("http://a.example/path");
    }

    @Test
    void trustedProxies_areRepeatable_andABadOneIsRejectedWithItsName() {
        var command = new ServeCommand(apps());
        new CommandLine(command).parseArgs("--trusted-proxy", "127.0.0.1", "--trusted-proxy=10.0.0.0/8");
        assertThat(command.config().limits().trustedProxies()).containsExactly("127.0.0.1", "10.0.0.0/8");

        var bad = new ServeCommand(apps());
        new CommandLine(bad).parseArgs("--trusted-proxy", "proxy.example");
        assertThatThrownBy(bad::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trustedProxies").hasMessageContaining("proxy.example");
    }

    @Test
    void allowedHostsAndImageSources_comeFromTheirOptions() {
        var command = new ServeCommand(apps());
        new CommandLine(command).parseArgs("--allow-host", "dash.example.com", "--allow-host=*.apps.example.org",
                "--allow-image-source", "https://picsum.photos", "--allow-image-source=https:");

        BrowserPolicy browser = command.config().browser();
        assertThat(browser.allowedHosts()).containsExactly("dash.example.com", "*.apps.example.org");
        assertThat(browser.imageSources()).containsExactly("https://picsum.photos", "https:");
    }

    @Test
    void badHostNamesAndImageSources_areRejectedWithTheirNames() {
        for (String bad : List.of("dash.example.com:8080", "http://dash.example.com", "*", "a b", "[::1", "*.")) {
            assertThatThrownBy(() -> ServerConfig.of(c -> c.app("/", TestApps.clicks()).allowedHosts(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowedHosts")
                    .hasMessageContaining(bad);
        }
        for (String bad : List.of("'unsafe-inline'", "https://a.example; script-src *", "*", "data:", "https://a.example/x")) {
            assertThatThrownBy(() -> ServerConfig.of(c -> c.app("/", TestApps.clicks()).allowImageSources(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowImageSources")
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void nonNumericPort_isAUsageError() {
        var cli = new CommandLine(new ServeCommand(apps()));
        cli.setErr(new PrintWriter(Writer.nullWriter()));

        assertThat(cli.execute("--port", "http")).isEqualTo(2);
    }

    @Test
    void metricsPort_servesTheConfiguredExporterThere_andNeedsOne() {
        var command = new ServeCommand(apps()).configure(c -> c.metrics(new TextMetrics()));
        new CommandLine(command).parseArgs("--metrics-port", "9464", "--metrics-address", "0.0.0.0");
        assertThat(command.config().metrics().port()).isEqualTo(9464);
        assertThat(command.config().metrics().address()).isEqualTo("0.0.0.0");

        var without = new ServeCommand(apps());
        new CommandLine(without).parseArgs("--metrics-port", "9464");
        assertThatThrownBy(without::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need metrics(exporter)");
    }

    @Test
    void serving_printsEachAppsTitleAndUrl() {
        var apps = new LinkedHashMap<String, App>();
        apps.put("/", TestApps.clicks().describedAs("Operations", "Service health"));
        apps.put("/two", TestApps.clicks());
        var command = new ServeCommand(apps);
        new CommandLine(command).parseArgs("--port", "0", "--address", "0.0.0.0");

        assertThat(ServeCommand.servingLines(command.config(), 5006))
                .containsExactly("Serving Operations on http://localhost:5006/", "Serving /two on http://localhost:5006/two");
    }

    @Test
    void exitAfterWarmup_stopsAndReturnsZero_insteadOfServingOn() {
        var command = new ServeCommand(apps());
        var cli = new CommandLine(command);

        int code = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> cli.execute("--port", "0", "--exit-after-warmup"));

        assertThat(code).isZero();
    }

    @Test
    void warmup_getsEachPage_andTheClientsFiles_answered200() throws Exception {
        PanelServer server = PanelServer.create(ServerConfig.of(config -> {
            config.port(0);
            apps().forEach(config::app);
        })).start();
        try {
            assertThat(Warmup.run(server.port(), server.config().apps().keySet())).satisfiesExactly(
                    line -> assertThat(line).isEqualTo("/one HTTP/1.1 200 OK"),
                    line -> assertThat(line).isEqualTo("/two HTTP/1.1 200 OK"),
                    line -> assertThat(line).matches("/static/panel4j/v/[A-Za-z0-9._-]+/core\\.js HTTP/1\\.1 200 OK"),
                    line -> assertThat(line).matches("/static/panel4j/v/[A-Za-z0-9._-]+/panel4j\\.css HTTP/1\\.1 200 OK"),
                    line -> assertThat(line).isEqualTo("/favicon.ico HTTP/1.1 200 OK"));
        } finally {
            server.stop();
        }
    }
}
