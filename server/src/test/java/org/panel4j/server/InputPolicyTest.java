package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.TextInput;

/**
 * Through the real socket: events and values for disabled, invisible and read-only components are
 * refused with a code, change nothing on the server, and are logged (Vaadin's GHSA-3h5r-928v-mxhh).
 */
class InputPolicyTest {

    @Test
    void inputForDisabledInvisibleOrReadOnlyComponents_isRefusedLoggedAndChangesNothing() throws Exception {
        var clicks = new AtomicInteger();
        var state = new java.util.concurrent.ConcurrentHashMap<String, Object>();
        var server = PanelServer.create(c -> c.port(0).app("/app", session -> {
            var hiddenButton = new Button("hidden");
            hiddenButton.setVisible(false);
            hiddenButton.onClick(e -> clicks.incrementAndGet());
            var disabledButton = new Button("off");
            disabledButton.setDisabled(true);
            disabledButton.onClick(e -> clicks.incrementAndGet());
            var hiddenInput = new TextInput();
            hiddenInput.setVisible(false);
            var disabledSlider = new IntSlider(0, 10, 5);
            disabledSlider.setDisabled(true);
            var plain = new Button("plain");
            var slider = new IntSlider(0, 10, 5);
            state.put("plain", plain);
            state.put("enabledSlider", slider);
            state.put("input", hiddenInput);
            state.put("slider", disabledSlider);
            state.put("hidden", hiddenButton);
            return new Row(hiddenButton, disabledButton, hiddenInput, disabledSlider, plain, slider);
        })).start();
        try (var log = new LogCapture()) {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            JsonNode root = client.awaitType("init").get("root");
            List<String> buttons = WsClient.ids(root, "Button");
            String input = WsClient.ids(root, "TextInput").getFirst();
            String slider = WsClient.ids(root, "IntSlider").getFirst();
            String enabledSlider = WsClient.ids(root, "IntSlider").get(1);
            client.click(buttons.get(0));
            client.click(buttons.get(1));
            client.set(input, "value", "typed into a hidden field");
            client.set(slider, "value", 9);
            client.set(buttons.get(2), "clicks", 99);                // read-only
            client.set(enabledSlider, "disabled", true);             // not client-writable
            client.set(enabledSlider, "visible", false);             // not client-writable
            client.send(Map.of("type", "set", "id", buttons.get(0), "prop", "visible", "value", true));
            var codes = new java.util.ArrayList<String>();
            for (int i = 0; i < 8; i++) {
                codes.add(client.awaitType("error").get("code").asText());
            }
            assertThat(codes).containsExactlyInAnyOrder("not_allowed", "not_allowed", "not_allowed", "not_allowed",
                    "not_allowed", "not_writable", "not_writable", "not_writable");
            assertThat(clicks).hasValue(0);
            assertThat(((TextInput) state.get("input")).getValue()).isEmpty();
            assertThat(((IntSlider) state.get("slider")).getValue()).isEqualTo(5);
            assertThat(((IntSlider) state.get("slider")).isDisabled()).isTrue();
            assertThat(((Button) state.get("hidden")).isVisible()).isFalse();
            assertThat(((Button) state.get("plain")).getClicks()).isZero();
            assertThat(((IntSlider) state.get("enabledSlider")).isDisabled()).isFalse();
            assertThat(((IntSlider) state.get("enabledSlider")).isVisible()).isTrue();
            assertThat(log.text()).contains("Button is not visible; 'click' ignored", "Button is disabled; 'click' ignored",
                    "TextInput is not visible; 'value' ignored", "IntSlider is disabled; 'value' ignored");
        } finally {
            server.stop();
        }
    }
}
