package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.IntSlider;

/** docs/concurrency.md rule 7: the server acknowledges the client's sequence number; refused or corrected values come back. */
class EchoRuleTest {

    private final IntSlider slider = new IntSlider(0, 10, 3);

    private static List<Op.SetProp> received(TestSession page, IntSlider slider) {
        return page.client().batches().stream().flatMap(b -> b.ops().stream())
                .filter(op -> op instanceof Op.SetProp set && set.id().equals(slider.id()) && set.prop().equals("value"))
                .map(Op.SetProp.class::cast).toList();
    }

    private static Op.SetProp awaitEcho(TestSession page, IntSlider slider, int count) {
        Waits.until(() -> received(page, slider).size() >= count, "echo " + count);
        return received(page, slider).get(count - 1);
    }

    @Test
    void clientSet_comesBackWithTheClientSequenceAcknowledged() {
        try (var page = TestSession.open(session -> slider)) {
            page.set(slider, "value", 5);

            assertThat(awaitEcho(page, slider, 1)).isEqualTo(new Op.SetProp(slider.id(), "value", 5, 1));
        }
    }

    @Test
    void refusedValue_revertsTheClientToTheServerValue_withTheSequenceAcknowledged() {
        try (var page = TestSession.open(session -> slider)) {
            page.set(slider, "value", 5);
            awaitEcho(page, slider, 1);
            try {
                page.set(slider, "value", 42);
            } catch (ClientInputException expected) {
                // the browser gets the error too; the echo below reverts its widget
            }

            assertThat(awaitEcho(page, slider, 2)).isEqualTo(new Op.SetProp(slider.id(), "value", 5, 2));
        }
    }

    @Test
    void valueCorrectedByServer_comesBack_withTheAck() {
        slider.valueProperty().watch(change -> {
            if (change.newValue() % 2 == 1) {
                slider.setValue(change.newValue() - 1); // only even values
            }
        });
        try (var page = TestSession.open(session -> slider)) {
            page.set(slider, "value", 7);

            page.awaitClientValue(slider, "value", Integer.valueOf(6)::equals, Duration.ofSeconds(2));
            assertThat(received(page, slider)).last().extracting(Op.SetProp::ack).isEqualTo(1L);
        }
    }

    @Test
    void serverSetAfterClientSet_stillCarriesTheNewestAck() {
        try (var page = TestSession.open(session -> slider)) {
            page.set(slider, "value", 5);
            awaitEcho(page, slider, 1);

            slider.setValue(8);

            assertThat(awaitEcho(page, slider, 2)).isEqualTo(new Op.SetProp(slider.id(), "value", 8, 1));
        }
    }
}
