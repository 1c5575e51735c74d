package org.panel4j.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The page's {@code Thread.sleep(Duration)} waits as the JVM's does: at least the duration, none if negative. */
class DurationSleepTest {

    @Test
    void roundsUpToWholeMilliseconds_returnsAtOnceIfNegative_andSaturates() {
        assertThat(DurationSleep.millis(Duration.ofSeconds(2))).isEqualTo(2000);
        assertThat(DurationSleep.millis(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(DurationSleep.millis(Duration.ofMillis(1500).plusNanos(1))).isEqualTo(1501);
        assertThat(DurationSleep.millis(Duration.ZERO)).isZero();
        assertThat(DurationSleep.millis(Duration.ofMillis(-5))).isEqualTo(-1);
        assertThat(DurationSleep.millis(Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(DurationSleep.millis(Duration.ofSeconds(Long.MAX_VALUE / 1000 - 1, 999_999_999)))
                .isEqualTo(Long.MAX_VALUE / 1000 * 1000);
    }

    @Test
    void sleeps_onTheJvmToo() throws InterruptedException {
        long start = System.nanoTime();
        DurationSleep.sleep(Duration.ofMillis(20));
        DurationSleep.sleep(Duration.ofMillis(-1));
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(20_000_000L);
    }
}
