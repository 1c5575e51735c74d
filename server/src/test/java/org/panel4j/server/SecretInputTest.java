package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.PasswordInput;

/**
 * Through a real socket: a password the server refuses is named "(hidden)" in the error the page gets
 * and in the log line, never shown (ParamBuilder.secret()).
 */
class SecretInputTest {

    private static final String SECRET = "hunter2-s3cret";

    @Test
    void aRefusedPassword_isNotInTheReplyNorTheLog() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", session -> new Column(new PasswordInput("Password"))))
                .start();
        try (var log = LogCapture.atInfo()) {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            String password = WsClient.ids(client.awaitType("init").get("root"), "PasswordInput").getFirst();
            client.set(password, "value", SECRET.repeat(1000));
            client.set(password, "value", List.of(SECRET));

            for (int i = 0; i < 2; i++) {
                JsonNode reply = client.awaitType("error");
                assertThat(reply.get("code").asText()).isEqualTo("invalid_value");
                assertThat(reply.get("message").asText()).contains("PasswordInput.value").contains("(hidden)")
                        .doesNotContain("hunter2");
            }
            Waits.until(() -> log.text().contains("cannot take (hidden)"), Duration.ofSeconds(10),
                    "the log line of the refusals: " + log.text());
            assertThat(log.text()).contains("must be at most 10000 characters long, not (hidden)").doesNotContain("hunter2");
        } finally {
            server.stop();
        }
    }
}
