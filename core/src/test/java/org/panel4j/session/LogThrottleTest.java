package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flood of alike log lines becomes a burst, then one line a second that says how many were held back. */
class LogThrottleTest {

    private static final long MS = 1_000_000L;

    @Test
    void aBurstPasses_thenOneLineASecond_withTheCountOfSuppressedLines() {
        var throttle = new LogThrottle();
        var written = new ArrayList<String>();
        for (int i = 0; i < 1000; i++) { // 1,000 lines within one millisecond
            int n = i;
            throttle.log("refused", i * 1000L, more -> written.add(n + LogThrottle.more(more)));
        }
        assertThat(written).containsExactly("0", "1", "2", "3", "4");
        assertThat(throttle.pending()).isEqualTo(995);
        throttle.log("refused", 500 * MS, more -> written.add("half a second later" + LogThrottle.more(more)));
        throttle.log("refused", 1001 * MS, more -> written.add("a second later" + LogThrottle.more(more)));
        assertThat(written.subList(5, written.size())).containsExactly("a second later (996 more suppressed)");
        assertThat(throttle.pending()).isZero();
    }

    @Test
    void kindsAreThrottledApart() {
        var throttle = new LogThrottle();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            throttle.log("a", 0, more -> written.add("a"));
            throttle.log("b", 0, more -> written.add("b"));
        }
        assertThat(written).filteredOn("a"::equals).hasSize(LogThrottle.BURST);
        assertThat(written).filteredOn("b"::equals).hasSize(LogThrottle.BURST);
    }
}
