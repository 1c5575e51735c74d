package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.panel4j.layout.Card;
import org.panel4j.layout.Row;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 6: client input is validated before it touches a parameter; the session goes on. */
class ClientInputRuleTest {

    private final IntSlider slider = new IntSlider(0, 10, 3);
    private final Button button = new Button("Go");
    private final StaticText text = new StaticText("label");
    private final Select<String> select = new Select<>(java.util.List.of("a", "b"));
    private final Card card = new Card("card", "inside");
    private final TestSession page = TestSession.open(session -> new Row(slider, button, text, select, card));

    @AfterEach
    void close() {
        page.close();
    }

    private void assertRefused(Executable input, Code code, String message) {
        assertThatThrownBy(input::execute).isInstanceOfSatisfying(ClientInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void unknownComponent_isRefused() {
        assertRefused(() -> SessionCore.of(page.session()).applyClientValue("c000000000000", "value", 1, 1),
                Code.UNKNOWN_COMPONENT, "Unknown component 'c000000000000'");
    }

    @Test
    void unknownProperty_isRefused() {
        assertRefused(() -> SessionCore.of(page.session()).applyClientValue(slider.id(), "colour", "red", 1),
                Code.UNKNOWN_PROPERTY, "IntSlider has no property 'colour'");
    }

    @Test
    void unknownEvent_isRefused() {
        assertRefused(() -> page.event(button, "hover"), Code.UNKNOWN_PROPERTY, "Button has no event 'hover'");
        assertRefused(() -> page.event(slider, "click"), Code.UNKNOWN_PROPERTY, "IntSlider has no event 'click'");
        assertThat(button.getClicks()).isZero();
    }

    @Test
    void propertyNotClientWritable_isRefused() {
        assertRefused(() -> page.set(text, "value", "<b>hi</b>"), Code.NOT_WRITABLE, "StaticText.value cannot be set by the client");
        assertRefused(() -> page.set(button, "clicks", 99), Code.NOT_WRITABLE, "Button.clicks");
        assertRefused(() -> page.set(slider, "end", 1000), Code.NOT_WRITABLE, "IntSlider.end");
        assertThat(text.getValue()).isEqualTo("label");
        assertThat(slider.getEnd()).isEqualTo(10);
    }

    @Test
    void wrongType_isRefused_andNothingChanges() {
        assertRefused(() -> page.set(slider, "value", "7"), Code.INVALID_VALUE, "IntSlider.value cannot take '7': expected a number");
        assertRefused(() -> page.set(slider, "value", 2.5), Code.INVALID_VALUE, "expected a whole number");
        assertRefused(() -> page.set(card, "collapsed", "yes"), Code.INVALID_VALUE, "expected a boolean");
        assertThat(slider.getValue()).isEqualTo(3);
    }

    @Test
    void outOfBounds_isRefusedInParamWords_andNothingChanges() {
        assertRefused(() -> page.set(slider, "value", 11), Code.INVALID_VALUE, "IntSlider.value must be at most 10, not 11");
        assertRefused(() -> page.set(select, "value", "z"), Code.INVALID_VALUE, "Select.value cannot take 'z': expected one of [a, b]");
        assertThat(slider.getValue()).isEqualTo(3);
        assertThat(select.getValue()).isEqualTo("a");
    }

    @Test
    void disabledOrInvisibleWidget_refusesInput() {
        button.setDisabled(true);
        assertRefused(() -> page.click(button), Code.NOT_ALLOWED, "Button is disabled");
        slider.setVisible(false);
        assertRefused(() -> page.set(slider, "value", 4), Code.NOT_ALLOWED, "IntSlider is not visible");
        assertThat(button.getClicks()).isZero();
        assertThat(slider.getValue()).isEqualTo(3);
    }

    @Test
    void endedSession_refusesInput() {
        SessionCore.of(page.session()).destroy();
        assertRefused(() -> page.click(button), Code.SESSION_ENDED, "has ended");
    }

    @Test
    void afterBadInput_theSessionGoesOn() {
        assertRefused(() -> page.set(slider, "value", 11), Code.INVALID_VALUE, "at most 10");
        assertRefused(() -> SessionCore.of(page.session()).applyClientEvent("nope", "click", Map.of()), Code.UNKNOWN_COMPONENT, "nope");

        page.set(slider, "value", 7);
        page.click(button);
        page.set(card, "collapsed", true);

        assertThat(slider.getValue()).isEqualTo(7);
        assertThat(button.getClicks()).isEqualTo(1);
        assertThat(card.collapsedProperty().get()).isTrue();
        page.awaitClientValue(slider, "value", Integer.valueOf(7)::equals, Duration.ofSeconds(2));
    }

    @Test
    void clientSet_reachesWatchersWithClientOriginAndTheSession() {
        var seen = new java.util.concurrent.CopyOnWriteArrayList<Object>();
        slider.valueProperty().watch(change -> {
            seen.add(change.origin());
            seen.add(change.session());
        });

        page.set(slider, "value", 4);

        assertThat(seen).containsExactly(org.panel4j.param.Origin.CLIENT, page.session());
    }
}
