package org.panel4j.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.panel4j.pane.Markdown;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.SessionHost;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/** Layouts attach and detach children to the sessions showing them; a shared component updates every session. */
class LayoutAttachmentTest {

    private final Column column = new Column("# Title");

    @Test
    void childAddedLater_reachesTheClient_andIsAddressable() {
        var slider = new IntSlider(0, 10);
        try (var page = TestSession.open(session -> column)) {
            assertThatThrownBy(() -> page.set(slider, "value", 3)).isInstanceOfSatisfying(ClientInputException.class,
                    e -> assertThat(e.code()).isEqualTo(ClientInputException.Code.UNKNOWN_COMPONENT));

            column.add(slider);
            Waits.until(() -> page.client().knows(slider.id()), "the client to receive the new child");
            page.set(slider, "value", 3);

            assertThat(slider.getValue()).isEqualTo(3);
            assertThat(slider.sessions()).containsExactly(page.session());
        }
    }

    @Test
    void insert_placesTheChild_andWrapsStrings() {
        var text = new StaticText("b");
        column.add(text);

        column.insert(1, "inserted");

        assertThat(column.children()).hasSize(3);
        assertThat(column.children().get(1)).isInstanceOfSatisfying(Markdown.class,
                m -> assertThat(m.getValue()).isEqualTo("inserted"));
        assertThat(column.children().get(2)).isSameAs(text);
        assertThatThrownBy(() -> column.insert(9, "x")).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void removedChild_isDetached_andNoLongerAddressable() {
        var slider = new IntSlider(0, 10);
        column.add(slider);
        try (var page = TestSession.open(session -> column)) {
            page.set(slider, "value", 2);
            page.awaitQuiet(Duration.ofSeconds(5));

            assertThat(column.remove(slider)).isTrue();
            assertThat(column.remove(slider)).isFalse();

            assertThat(slider.sessions()).isEmpty();
            assertThatThrownBy(() -> page.set(slider, "value", 4)).isInstanceOf(ClientInputException.class);
            slider.setValue(5);
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(page.clientValue(slider, "value")).as("a detached child's changes are not sent").isEqualTo(2);
        }
    }

    @Test
    void nestedChildren_attachWithTheirParent() {
        var inner = new StaticText("deep");
        var row = new Row(inner);
        try (var page = TestSession.open(session -> column)) {
            column.add(row);
            Waits.until(() -> page.client().knows(inner.id()), "the nested child to reach the client");

            inner.setValue("deeper");

            page.awaitClientValue(inner, "value", "deeper"::equals, Duration.ofSeconds(2));
        }
    }

    @Test
    void componentSharedByTwoSessions_updatesBoth_andEachKeepsItAfterTheOtherEnds() {
        var shared = new StaticText("shared");
        try (var host = SessionHost.create()) {
            var first = TestSession.open(session -> new Row(shared), host);
            var second = TestSession.open(session -> new Column(shared), host);
            assertThat(shared.sessions()).containsExactlyInAnyOrder(first.session(), second.session());
            assertThat(shared.session()).as("no single session").isNull();

            shared.setValue("both");
            first.awaitClientValue(shared, "value", "both"::equals, Duration.ofSeconds(2));
            second.awaitClientValue(shared, "value", "both"::equals, Duration.ofSeconds(2));

            first.close();
            shared.setValue("second only");
            second.awaitClientValue(shared, "value", "second only"::equals, Duration.ofSeconds(2));
        }
    }
}
