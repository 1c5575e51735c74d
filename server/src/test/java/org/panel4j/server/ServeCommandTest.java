package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
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
    void noOptions_giveTheDefaults() {
        var command = new ServeCommand(apps());
        new CommandLine(command).parseArgs();

        ServerConfig config = command.config();
        assertThat(config.port()).isEqualTo(ServerConfig.defaultPort());
        assertThat(config.address()).isEqualTo("127.0.0.1");
        assertThat(config.allowedOrigins()).isEmpty();
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
    void nonNumericPort_isAUsageError() {
        var cli = new CommandLine(new ServeCommand(apps()));
        cli.setErr(new PrintWriter(Writer.nullWriter()));

        assertThat(cli.execute("--port", "http")).isEqualTo(2);
    }
}
