package org.panel4j.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.panel4j.pane.Str;
import org.panel4j.session.ClientInputException;
import org.panel4j.testing.TestSession;

/** FloatPanel: its status set by the user and the server, its position and offsets checked. */
class FloatPanelTest {

    @Test
    void theUserMinimizesAndCloses_andTheServerSeesIt() {
        var panel = new FloatPanel("Tools", new Str("inside"));
        try (var page = TestSession.open(session -> new Column(panel))) {
            page.set(panel, "status", "minimized");
            assertThat(panel.getStatus()).isEqualTo("minimized");
            page.set(panel, "status", "closed");
            assertThat(panel.getStatus()).isEqualTo("closed");
            assertThatThrownBy(() -> page.set(panel, "status", "exploded")).isInstanceOfSatisfying(ClientInputException.class,
                    e -> assertThat(e.code()).isEqualTo(ClientInputException.Code.INVALID_VALUE));
            assertThat(panel.getStatus()).isEqualTo("closed");
            assertThatThrownBy(() -> page.set(panel, "position", "center")).isInstanceOf(ClientInputException.class);
            panel.setStatus("normal");
            page.awaitClientValue(panel, "status", "normal"::equals, java.time.Duration.ofSeconds(10));
        }
    }

    @Test
    void positionAndOffsetsAreChecked() {
        var panel = new FloatPanel("Tools");
        panel.setPosition("left-bottom");
        assertThatThrownBy(() -> panel.setPosition("top")).hasMessageContaining("must be one of");
        assertThatThrownBy(() -> panel.setOffsetX(20_000)).hasMessageContaining("at most 10000");
        assertThatThrownBy(() -> panel.setStatus("open")).hasMessageContaining("must be one of");
        assertThat(panel.getPosition()).isEqualTo("left-bottom");
    }
}
