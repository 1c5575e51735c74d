package org.panel4j.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.session.SessionHost;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.TestSession;

/**
 * Player and DiscretePlayer play on the server: a periodic callback of the session moves the value every
 * interval on the session's clock (virtual time here), the loop policy decides at the ends, pause stops
 * it, and the browser's play, pause and policy are checked like any input.
 */
class PlayerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final ManualScheduler clock = new ManualScheduler();
    private final SessionHost host = SessionHost.create(c -> c.scheduler(clock));
    private final Player player = new Player(0, 10, 0);
    private final DiscretePlayer<String> words = new DiscretePlayer<>(List.of("alpha", "beta", "gamma"));
    private final TestSession page = TestSession.open(session -> new Column(player, words), host);

    @AfterEach
    void close() {
        page.close();
        host.close();
    }

    private void tick(int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(Duration.ofMillis(player.getInterval()));
        }
    }

    @Test
    void play_fromTheBrowser_movesTheValueEveryInterval_onTheServer_andPauseStopsIt() {
        player.setStep(2);
        page.set(player, "direction", 1);
        assertThat(player.getValue()).isZero();
        clock.advance(Duration.ofMillis(499));
        assertThat(player.getValue()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(player.getValue()).isEqualTo(2);
        tick(2);
        assertThat(player.getValue()).isEqualTo(6);
        page.awaitClientValue(player, "value", Integer.valueOf(6)::equals, WAIT);

        page.set(player, "direction", 0);
        tick(5);
        assertThat(player.getValue()).isEqualTo(6);
        assertThat(clock.pending()).as("nothing scheduled while paused").isZero();

        player.setInterval(100);
        player.play();
        clock.advance(Duration.ofMillis(100));
        assertThat(player.getValue()).isEqualTo(8);
    }

    @Test
    void once_stopsAtTheEnd_loop_wrapsRound_reflect_turnsRound() {
        player.setValue(9);
        player.play();
        tick(1);
        assertThat(player.getValue()).isEqualTo(10);
        tick(1);
        assertThat(player.getValue()).isEqualTo(10);
        assertThat(player.getDirection()).isZero();
        page.awaitClientValue(player, "direction", Integer.valueOf(0)::equals, WAIT);

        page.set(player, "loopPolicy", "loop");
        player.play();                                  // at the end: loop goes on from the start
        tick(1);
        assertThat(player.getValue()).isZero();

        player.setLoopPolicy(LoopPolicy.REFLECT);
        player.setValue(9);
        tick(2);
        assertThat(player.getValue()).isEqualTo(9);
        assertThat(player.getDirection()).isEqualTo(-1);
        tick(1);
        assertThat(player.getValue()).isEqualTo(8);

        player.pause();
        player.setLoopPolicy(LoopPolicy.ONCE);
        player.setValue(10);
        player.play();                                  // once, at the end: play starts again from the start
        assertThat(player.getValue()).isZero();
    }

    @Test
    void aDiscretePlayer_stepsThroughItsOptions_backwardToo() {
        words.setLoopPolicy(LoopPolicy.LOOP);
        page.set(words, "direction", -1);
        clock.advance(Duration.ofMillis(500));
        assertThat(words.getValue()).isEqualTo("gamma");
        clock.advance(Duration.ofMillis(500));
        assertThat(words.getValue()).isEqualTo("beta");
        page.awaitClientValue(words, "value", "beta"::equals, WAIT);
        page.set(words, "direction", 0);
        page.set(words, "value", "alpha");
        assertThat(words.getValue()).isEqualTo("alpha");
    }

    @Test
    void badControls_fromTheBrowser_areRefused_andNothingPlays() {
        assertInvalid(() -> page.set(player, "direction", 2), "Player.direction must be one of [-1, 0, 1]");
        assertInvalid(() -> page.set(player, "direction", 0.5), "expected a whole number");
        assertInvalid(() -> page.set(player, "loopPolicy", "sideways"), "expected one of once, loop, reflect");
        assertInvalid(() -> page.set(player, "value", 11), "Player.value must be at most 10");
        assertInvalid(() -> page.set(words, "value", "delta"), "expected the label of one of the options");
        assertThatThrownBy(() -> page.set(player, "interval", 1)).isInstanceOfSatisfying(ClientInputException.class,
                e -> assertThat(e.code()).isEqualTo(Code.NOT_WRITABLE));
        assertThatThrownBy(() -> player.setInterval(5)).hasMessageContaining("Player.interval must be at least 10 (ms)");
        tick(3);
        assertThat(player.getValue()).isZero();
        assertThat(player.isPlaying()).isFalse();
    }

    @Test
    void aPlayerNotShown_waitsUntilItIsShown_andStopsWithItsSession() {
        var alone = new Player(0, 5);
        alone.play();
        clock.advance(Duration.ofSeconds(2));
        assertThat(alone.getValue()).isZero();
        try (var other = TestSession.open(session -> alone, host)) {
            clock.advance(Duration.ofMillis(500));
            assertThat(alone.getValue()).isEqualTo(1);
        }
        clock.advance(Duration.ofSeconds(2));
        assertThat(alone.getValue()).isEqualTo(1);
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable input, String message) {
        assertThatThrownBy(input::execute).isInstanceOfSatisfying(ClientInputException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
