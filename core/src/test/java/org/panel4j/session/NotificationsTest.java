package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Notification.Level;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.StaticText;

/** {@code session.notifications()}: toasts with a level and a duration, dismissed one by one or all, from any thread. */
class NotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void eachLevel_reachesThePage_withItsDuration_andCancelDismissesOnlyItsOwn() {
        try (var page = TestSession.open(session -> new StaticText("x"))) {
            Notifications notifications = page.session().notifications();
            notifications.info("Saved");
            Registration banner = notifications.warning("Read-only until 18:00", Duration.ZERO);
            notifications.success("Deployed", Duration.ofSeconds(2));
            notifications.error("Database unreachable");
            page.awaitQuiet(WAIT);
            assertThat(page.client().notificationsShown()).containsExactly(
                    new Notification(Level.INFO, "Saved", Duration.ofSeconds(5)),
                    new Notification(Level.WARNING, "Read-only until 18:00", Duration.ZERO),
                    new Notification(Level.SUCCESS, "Deployed", Duration.ofSeconds(2)),
                    new Notification(Level.ERROR, "Database unreachable", Duration.ofSeconds(8)));

            banner.cancel();
            banner.cancel();   // a second cancel does nothing
            page.awaitQuiet(WAIT);
            assertThat(page.client().notificationsShown()).extracting(Notification::message)
                    .containsExactly("Saved", "Deployed", "Database unreachable");

            notifications.clear();
            page.awaitQuiet(WAIT);
            assertThat(page.client().notificationsShown()).isEmpty();
            assertThat(page.client().notifications()).hasSize(4);
        }
    }

    @Test
    void notificationsFromManyVirtualThreads_allArrive_eachOnce() throws Exception {
        try (var page = TestSession.open(session -> new StaticText("x"))) {
            Notifications notifications = page.session().notifications();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                var done = new ArrayList<java.util.concurrent.Future<?>>();
                for (int i = 0; i < 60; i++) {
                    int n = i;
                    done.add(threads.submit(() -> notifications.info("n" + n)));
                }
                for (var future : done) {
                    future.get();
                }
            }
            page.awaitQuiet(WAIT);
            assertThat(page.client().notificationsShown()).extracting(Notification::message).hasSize(60)
                    .doesNotHaveDuplicates().allMatch(message -> message.matches("n\\d+"));
        }
    }

    @Test
    void moreThanAHundredPending_theRestAreDropped_theFirstHundredArriveInOrder() {
        var button = new org.panel4j.widget.Button("Flood");
        try (var page = TestSession.open(session -> {
            // a sync callback holds the session lock, so nothing is flushed until it returns
            button.onClick(event -> {
                for (int i = 0; i < 150; i++) {
                    session.notifications().info("n" + i);
                }
            });
            return button;
        })) {
            page.click(button);
            page.awaitQuiet(WAIT);
            var messages = page.client().notificationsShown().stream().map(Notification::message).toList();
            assertThat(messages).hasSize(Outbox.MAX_PENDING_NOTIFICATIONS);
            assertThat(messages.getFirst()).isEqualTo("n0");
            assertThat(messages.getLast()).isEqualTo("n99");
        }
    }

    @Test
    void aNegativeDuration_isRefused() {
        assertThatThrownBy(() -> new Notification(Level.INFO, "x", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
