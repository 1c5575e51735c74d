package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Sessions in total and per client address are limited, with a clear refusal, and slots come back when sessions end. */
class AdmissionTest {

    @Test
    void pagesBeyondThePerAddressLimit_get429_untilASessionEnds() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxSessions(10).maxSessionsPerAddress(2)
                .reconnectGrace(Duration.ofMillis(300)).app("/app", TestApps.clicks())).start();
        try {
            assertThat(WsClient.get(server.port(), "/app").statusCode()).isEqualTo(200);
            assertThat(WsClient.get(server.port(), "/app").statusCode()).isEqualTo(200);
            HttpResponse<String> refused = WsClient.get(server.port(), "/app");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("Too many open pages from your address");
            assertThat(server.sessionCount()).isEqualTo(2);
            // pages that never connect end after the grace period and give their slots back
            Health.await(server.port(), "sessions", n -> n == 0, 10);
            assertThat(WsClient.get(server.port(), "/app").statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Test
    void pagesBeyondTheTotalLimit_get503() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxSessions(2).maxSessionsPerAddress(2)
                .app("/app", TestApps.clicks())).start();
        try {
            WsClient.get(server.port(), "/app");
            WsClient.get(server.port(), "/app");
            HttpResponse<String> refused = WsClient.get(server.port(), "/app");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("at its limit of 2 sessions");
        } finally {
            server.stop();
        }
    }
}
