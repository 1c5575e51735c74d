package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.panel4j.server.internal.Warmup;
import org.panel4j.session.SessionHost;

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
        command.parse("--port", "0", "--address", "0.0.0.0",
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
        dev.parse("--dev");
        var devHost = SessionHost.create(dev.config().host());
        var plain = new ServeCommand(apps());
        plain.parse();
        var plainHost = SessionHost.create(plain.config().host());
        try (devHost; plainHost) {
            assertThat(devHost.isDevMode()).isTrue();
            assertThat(plainHost.isDevMode()).isFalse();
        }
    }

    @Test
    void noOptions_giveTheDefaults() {
        var command = new ServeCommand(apps());
        command.parse();

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
        command.parse("--node-id", "n-2", "--drain-seconds", "5");
        ServerConfig config = command.config();
        assertThat(config.node().nodeId()).contains("n-2");
        assertThat(config.node().drainDeadline()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.limits().maxSessionsPerAddress()).isEqualTo(7);

        var plain = new ServeCommand(apps());
        plain.parse();
        assertThat(plain.config().node().nodeId()).as("no node id by default: a lone server").isEmpty();

        var bad = new ServeCommand(apps());
        bad.parse("--node-id", "N1/../x");
        assertThatThrownBy(bad::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nodeId").hasMessageContaining("N1/../x");
    }

    @Test
    void badOrigin_isRejectedWithItsName() {
        var command = new ServeCommand(apps());
        command.parse("--allow-websocket-origin", "http://a.example/path");

        assertThatThrownBy(command::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowWebSocketOrigin").hasMessageContaining("http://a.example/path");
    }

    @Test
    void trustedProxies_areRepeatable_andABadOneIsRejectedWithItsName() {
        var command = new ServeCommand(apps());
        command.parse("--trusted-proxy", "127.0.0.1", "--trusted-proxy=10.0.0.0/8");
        assertThat(command.config().limits().trustedProxies()).containsExactly("127.0.0.1", "10.0.0.0/8");

        var bad = new ServeCommand(apps());
        bad.parse("--trusted-proxy", "proxy.example");
        assertThatThrownBy(bad::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trustedProxies").hasMessageContaining("proxy.example");
    }

    @Test
    void allowedHostsAndImageSources_comeFromTheirOptions() {
        var command = new ServeCommand(apps());
        command.parse("--allow-host", "dash.example.com", "--allow-host=*.apps.example.org",
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
    void everyOption_takesItsValueAfterASpaceOrAnEqualsSign() {
        var values = new LinkedHashMap<String, String>();
        values.put("--port", "0");
        values.put("--address", "0.0.0.0");
        values.put("--allow-websocket-origin", "https://a.example");
        values.put("--trusted-proxy", "10.0.0.0/8");
        values.put("--allow-host", "dash.example.com");
        values.put("--allow-image-source", "https:");
        values.put("--node-id", "n-2");
        values.put("--drain-seconds", "5");
        values.put("--metrics-port", "9464");
        values.put("--metrics-address", "0.0.0.0");
        values.put("--dev", "true");
        for (boolean equalsSign : List.of(false, true)) {
            var args = new ArrayList<String>();
            values.forEach((name, value) -> args.addAll(equalsSign ? List.of(name + "=" + value) : List.of(name, value)));
            args.add("--exit-after-warmup");
            var command = new ServeCommand(apps()).configure(c -> c.metrics(new TextMetrics()))
                    .parse(args.toArray(String[]::new));

            ServerConfig config = command.config();
            assertThat(config.port()).as(args.toString()).isZero();
            assertThat(config.address()).isEqualTo("0.0.0.0");
            assertThat(config.allowedOrigins()).containsExactly("https://a.example");
            assertThat(config.limits().trustedProxies()).containsExactly("10.0.0.0/8");
            assertThat(config.browser().allowedHosts()).containsExactly("dash.example.com");
            assertThat(config.browser().imageSources()).containsExactly("https:");
            assertThat(config.node().nodeId()).contains("n-2");
            assertThat(config.node().drainDeadline()).isEqualTo(Duration.ofSeconds(5));
            assertThat(config.metrics().port()).isEqualTo(9464);
            assertThat(config.metrics().address()).isEqualTo("0.0.0.0");
            assertThat(command.options().dev()).isTrue();
            assertThat(command.options().exitAfterWarmup()).isTrue();
        }
    }

    @Test
    void dev_takesNoValue_orTrueOrFalse() {
        assertThat(new ServeCommand(apps()).parse("--dev").options().dev()).isTrue();
        assertThat(new ServeCommand(apps()).parse("--dev", "--port", "0").options().dev()).isTrue();
        assertThat(new ServeCommand(apps()).parse("--dev=TRUE").options().dev()).isTrue();
        assertThat(new ServeCommand(apps()).parse("--dev=false").options().dev()).isFalse();
        assertThat(new ServeCommand(apps()).parse("--dev", "false").options().dev()).isFalse();
    }

    @Test
    void repeatedOptions_accumulateInOrder() {
        var command = new ServeCommand(apps()).parse("--allow-websocket-origin", "https://a.example",
                "--allow-websocket-origin=https://b.example", "--allow-websocket-origin", "https://c.example");

        assertThat(command.config().allowedOrigins())
                .containsExactly("https://a.example", "https://b.example", "https://c.example");
    }

    @Test
    void usageErrors_exitWith2_nameTheCulpritOnStandardError_andStartNothing() {
        Map<List<String>, List<String>> cases = new LinkedHashMap<>();
        cases.put(List.of("--frobnicate"), List.of("Unknown option", "--frobnicate"));
        cases.put(List.of("--po", "5006"), List.of("Unknown option", "--po"));
        cases.put(List.of("--port"), List.of("Missing value", "--port"));
        cases.put(List.of("--address", "--dev"), List.of("Missing value", "--address"));
        cases.put(List.of("--port", "abc"), List.of("--port", "'abc'", "not a whole number"));
        cases.put(List.of("--port=http"), List.of("--port", "'http'"));
        cases.put(List.of("--drain-seconds", "soon"), List.of("--drain-seconds", "'soon'"));
        cases.put(List.of("--metrics-port", "9464x"), List.of("--metrics-port", "'9464x'"));
        cases.put(List.of("--dev=maybe"), List.of("--dev", "'maybe'"));
        cases.put(List.of("--port", "1", "--port", "2"), List.of("--port", "only once"));
        cases.put(List.of("--port", "0", "stray"), List.of("Unexpected argument", "'stray'"));
        cases.put(List.of("--port", "9".repeat(1_000)), List.of("--port", "'" + "9".repeat(40) + "…'"));
        cases.forEach((args, expected) -> {
            var started = new AtomicBoolean();
            var command = new ServeCommand(apps()).beforeStart(config -> {
                started.set(true);
                throw new IllegalStateException("started");   // a parse that wrongly succeeded must not serve on
            });
            var out = new StringWriter();
            var err = new StringWriter();

            int code = command.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

            assertThat(code).as(args.toString()).isEqualTo(2);
            assertThat(err.toString()).as(args.toString()).contains(expected).contains("Usage: serve");
            assertThat(out.toString()).as(args.toString()).isEmpty();
            assertThat(started).as(args.toString()).isFalse();
        });
    }

    @Test
    void help_printsEveryOptionOnStandardOutput_andExitsWith0_startingNothing() {
        for (String help : List.of("--help", "-h")) {
            var started = new AtomicBoolean();
            var command = new ServeCommand(apps()).beforeStart(config -> {
                started.set(true);
                throw new IllegalStateException("started");
            });
            var out = new StringWriter();
            var err = new StringWriter();

            int code = command.execute(new PrintWriter(out), new PrintWriter(err), "--port", "0", help);

            assertThat(code).isZero();
            assertThat(out.toString()).contains("Usage: serve", "Serves panel4j apps.", "(default: 127.0.0.1)",
                    "--port <PORT>", "--address <ADDRESS>", "--allow-websocket-origin <ORIGIN>",
                    "--trusted-proxy <ADDRESS>", "--allow-host <NAME>", "--allow-image-source <SOURCE>",
                    "--node-id <ID>", "--drain-seconds <SECONDS>", "--metrics-port <PORT>",
                    "--metrics-address <ADDRESS>", "--dev", "--exit-after-warmup", "--help", "--version");
            assertThat(err.toString()).isEmpty();
            assertThat(started).isFalse();
        }
    }

    @Test
    void version_printsThisBuildsVersion_andExitsWith0() {
        var out = new StringWriter();

        int code = new ServeCommand(apps()).execute(new PrintWriter(out), new PrintWriter(Writer.nullWriter()), "--version");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("panel4j ").hasLineCount(1);
    }

    @Test
    void anInvalidValue_exitsWith1_itsMessageOnStandardError() {
        var err = new StringWriter();

        int code = new ServeCommand(apps()).execute(new PrintWriter(Writer.nullWriter()), new PrintWriter(err),
                "--port", "0", "--allow-websocket-origin", "http://a.example/path");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("allowWebSocketOrigin", "http://a.example/path").doesNotContain("\tat ");
    }

    @Test
    void metricsPort_servesTheConfiguredExporterThere_andNeedsOne() {
        var command = new ServeCommand(apps()).configure(c -> c.metrics(new TextMetrics()));
        command.parse("--metrics-port", "9464", "--metrics-address", "0.0.0.0");
        assertThat(command.config().metrics().port()).isEqualTo(9464);
        assertThat(command.config().metrics().address()).isEqualTo("0.0.0.0");

        var without = new ServeCommand(apps());
        without.parse("--metrics-port", "9464");
        assertThatThrownBy(without::config).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need metrics(exporter)");
    }

    @Test
    void serving_printsEachAppsTitleAndUrl() {
        var apps = new LinkedHashMap<String, App>();
        apps.put("/", TestApps.clicks().describedAs("Operations", "Service health"));
        apps.put("/two", TestApps.clicks());
        var command = new ServeCommand(apps);
        command.parse("--port", "0", "--address", "0.0.0.0");

        assertThat(ServeCommand.servingLines(command.config(), 5006))
                .containsExactly("Serving Operations on http://localhost:5006/", "Serving /two on http://localhost:5006/two");
    }

    @Test
    void exitAfterWarmup_stopsAndReturnsZero_insteadOfServingOn() {
        var ports = new ArrayList<Integer>();
        var command = new ServeCommand(apps()).beforeStart(config -> ports.add(config.port()));

        int code = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> command.execute("--port", "0", "--exit-after-warmup"));

        assertThat(code).isZero();
        assertThat(ports).as("beforeStart saw the parsed options, once").containsExactly(0);
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
