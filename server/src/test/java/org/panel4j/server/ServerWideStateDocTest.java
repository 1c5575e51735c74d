package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.panel4j.layout.Row;
import org.panel4j.pane.Markdown;
import org.panel4j.session.Session;
import org.panel4j.session.SharedCache;
import org.panel4j.session.SharedValue;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles and runs the snippets of docs/server-wide-state.md as written there (servers on port 0). */
class ServerWideStateDocTest {

    private static final Logger log = LoggerFactory.getLogger(ServerWideStateDocTest.class);
    private static final AtomicInteger FETCHES = new AtomicInteger();

    private final Button button = new Button("Sales");
    private final StaticText text = new StaticText();
    private PanelServer server;

    /** A report that is expensive to load. */
    record Report(String name) {
        static Report load(String name) {
            return new Report(name);
        }

        String summary() {
            return "summary of " + name;
        }
    }

    private static double fetchPrice() {
        return 1.0 + FETCHES.incrementAndGet() / 100.0;
    }

    private static void writeCsv(Session session, OutputStream out) throws IOException {
        out.write(("session," + session.shortId() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void oneDataFeedForEveryPage() throws Exception {
        SharedValue<Double> price = SharedValue.of(0.0);           // one for the server, built outside the app

        PanelServer server = PanelServer.create(config -> config.port(0)
                .app("/", session -> {
                    var text = new StaticText();
                    price.bind(session, p -> text.setValue("EUR/USD " + p));   // now, then on every change
                    return new Row(text);
                }));
        server.state().addPeriodicCallback(async(tick -> price.set(fetchPrice())), Duration.ofSeconds(1));
        server.start();
        this.server = server;

        WsClient page = WsClient.connect(server.port(), WsClient.page(server.port(), "/"));
        JsonNode init = page.awaitType("init");
        String id = WsClient.ids(init.get("root"), "StaticText").getFirst();
        page.awaitSet(id, "value", v -> v.asText().startsWith("EUR/USD 1.0"));
    }

    @Test
    void cachesAndHooks() throws Exception {
        server = PanelServer.create(config -> config.port(0).app("/", session -> new Row(button, text)));
        SharedCache<String, Report> reports = server.state().cache(1_000, Duration.ofMinutes(10), Report::load);

        button.onClick(async(event -> text.setValue(reports.get("sales").summary())));  // loads once, then cached

        server.state().onSessionCreated(session -> log.info("{} opened by {}", session.shortId(),
                session.principal().map(Principal::getName).orElse("a visitor")));
        server.state().onSessionDestroyed(session -> log.info("{} ended", session.shortId()));
        server.start();
        WsClient page = WsClient.connect(server.port(), WsClient.page(server.port(), "/"));
        JsonNode init = page.awaitType("init");
        page.click(WsClient.ids(init.get("root"), "Button").getFirst());
        page.awaitSet(WsClient.ids(init.get("root"), "StaticText").getFirst(), "value",
                v -> v.asText().equals("summary of sales"));
    }

    @Test
    void httpRoutesWithFilesAndThePagesSession() throws Exception {
        App app = session -> new Markdown("[Export](" + session.host().state().sessionLink(session, "/export") + ")");
        server = PanelServer.create(config -> {
            config.port(0).app("/", app);
            config.handler("/export", request -> {
                Session session = request.session().orElse(null);          // the page that made the link, if live
                if (session == null) {
                    return HttpResponse.text(404, "Open the export from its page.");
                }
                return HttpResponse.stream(200, "text/csv; charset=utf-8", out -> writeCsv(session, out))
                        .attachment("export " + LocalDate.now() + ".csv")  // Content-Disposition, any file name
                        .cacheControl("private, max-age=60");              // instead of no-store
            });
        }).start();
        WsClient page = WsClient.connect(server.port(), WsClient.page(server.port(), "/"));
        String markdown = page.awaitType("init").toString();
        var link = java.util.regex.Pattern.compile("/export\\?p4j-session=[A-Za-z0-9_-]+").matcher(markdown);
        assertThat(link.find()).isTrue();
        var export = WsClient.get(server.port(), link.group());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("session,");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"export ");
        assertThat(WsClient.get(server.port(), "/export").statusCode()).isEqualTo(404);
    }
}
