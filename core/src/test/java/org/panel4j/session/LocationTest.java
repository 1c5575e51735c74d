package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.AppSession;
import org.panel4j.layout.Column;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.TextInput;

/** Session.location(): declared parameters restored from a page's query with the checks of client input. */
class LocationTest {

    @Test
    void declaredValues_areApplied_likeClientInput_andUndeclaredOnesIgnored() {
        var slider = new IntSlider(0, 10, 3);
        var text = new TextInput();
        try (var host = SessionHost.create()) {
            AppSession opened = AppSession.open(session -> {
                session.location().sync(slider, "n").sync(text, "value", "q");
                return new Column(slider, text);
            }, host, null, Map.of("n", 7L, "q", "hello", "other", 1L));
            assertThat(slider.getValue()).isEqualTo(7);
            assertThat(text.getValue()).isEqualTo("hello");
            assertThat(opened.session().location().synced()).containsOnlyKeys("n", "q");
        }
    }

    @Test
    void aRefusedValue_keepsTheDefault() {
        var slider = new IntSlider(0, 10, 3);
        try (var host = SessionHost.create()) {
            AppSession.open(session -> {
                session.location().sync(slider, "n");
                return slider;
            }, host, null, Map.of("n", 99L));
            assertThat(slider.getValue()).isEqualTo(3);
            AppSession.open(session -> {
                session.location().sync(slider, "n");
                return slider;
            }, host, null, Map.of("n", "seven"));
            assertThat(slider.getValue()).isEqualTo(3);
        }
    }

    @Test
    void badDeclarations_areRefused() {
        var slider = new IntSlider(0, 10, 3);
        try (var host = SessionHost.create()) {
            Location location = host.newSession().location();
            assertThatThrownBy(() -> location.sync(slider, "a b")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> location.sync(slider, "nope", "x")).hasMessageContaining("no property 'nope'");
            location.sync(slider, "n");
            assertThatThrownBy(() -> location.sync(slider, "n")).hasMessageContaining("synced already");
        }
    }
}
