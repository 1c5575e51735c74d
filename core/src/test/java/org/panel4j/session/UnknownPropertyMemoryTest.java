package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Heap;
import org.panel4j.widget.IntSlider;

/**
 * Sets for made-up property names of a real component keep nothing: the session once recorded the
 * client's seq for every (component, name) pair it was sent, so a connected client could pin 256 KiB
 * per message in memory until it reconnected.
 */
class UnknownPropertyMemoryTest {

    private static final int NAMES = 200;
    private static final int LENGTH = 256 * 1024;

    @Test
    void setsForMadeUpPropertyNames_retainNothing() throws Exception {
        var slider = new IntSlider(0, 10, 5);
        try (var page = TestSession.open(session -> slider)) {
            Session session = page.session();
            long baseline = Heap.usedAfterGc();
            for (int i = 0; i < NAMES; i++) {
                String name = i + "x".repeat(LENGTH);
                long seq = i + 1;
                assertThatThrownBy(() -> SessionCore.of(session).applyClientValue(slider.id(), name, 1, seq))
                        .isInstanceOfSatisfying(ClientInputException.class,
                                e -> assertThat(e.code()).isEqualTo(ClientInputException.Code.UNKNOWN_PROPERTY));
            }
            long grown = Heap.usedAfterGcAtMost(baseline + (10L << 20)) - baseline;
            assertThat(grown).as("heap kept after %d sets of %d-character names (%d MiB sent)", NAMES, LENGTH,
                    (long) NAMES * LENGTH >> 20).isLessThan(10L << 20);
            page.set(slider, "value", 7); // and the session goes on
            assertThat(slider.getValue()).isEqualTo(7);
        }
    }
}
