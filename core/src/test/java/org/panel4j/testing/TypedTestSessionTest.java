package org.panel4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.bind.Bind;
import org.panel4j.bind.Bound;
import org.panel4j.layout.Card;
import org.panel4j.layout.Row;
import org.panel4j.pane.HTML;
import org.panel4j.param.Param;
import org.panel4j.param.Parameterized;
import org.panel4j.session.ClientInputException;
import org.panel4j.widget.Button;
import org.panel4j.widget.DatePicker;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/**
 * The typed {@link TestSession} API: {@code set} and {@code await} by property (the wire name and form
 * are the property's own), {@code find} by type and label, and string names checked at once.
 */
class TypedTestSessionTest {

    /** A parameterized object that is no component: no browser sees its parameters. */
    static final class Model extends Parameterized {
        final Param<Integer> count = Param.builder(this, "count", Integer.class).value(0).build();
    }

    private final IntSlider slider = new IntSlider(0, 10, 3);
    private final DatePicker picker = new DatePicker("Day");
    private final StaticText text = new StaticText("label");
    private final HTML html = new HTML("<p>start</p>");
    private final Button button = new Button("Click me!");
    private final Button other = new Button("Other");
    private final Bound bound = Bind.inputs(slider).to(values -> "slider at " + values.get(0));
    private final Card card = new Card("Settings", slider);
    private final TestSession page = TestSession.open(
            session -> new Row(card, picker, text, html, button, other, bound));

    @AfterEach
    void close() {
        page.close();
    }

    @Test
    void set_sendsTheWireForm_asClientInput_andAwait_readsTheBrowsersCopyBackAsTheType() {
        page.set(picker.valueProperty(), LocalDate.of(2026, 11, 27));

        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(page.await(picker.valueProperty(), LocalDate.of(2026, 11, 27)::equals))
                .isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(page.clientValue(picker, "value")).as("the wire form").isEqualTo("2026-11-27");

        page.set(slider, 7);   // a widget stands for its value
        assertThat(page.await(slider.valueProperty(), v -> v == 7)).isEqualTo(7);
    }

    @Test
    void set_isValidatedAsABrowsersValueIs() {
        assertThatThrownBy(() -> page.set(slider.valueProperty(), 11)).isInstanceOfSatisfying(ClientInputException.class,
                e -> assertThat(e.getMessage()).contains("IntSlider.value must be at most 10, not 11"));
        assertThatThrownBy(() -> page.set(text.valueProperty(), "typed")).isInstanceOfSatisfying(ClientInputException.class,
                e -> assertThat(e.code()).isEqualTo(ClientInputException.Code.NOT_WRITABLE));
        assertThat(slider.getValue()).isEqualTo(3);
        assertThat(text.getValue()).isEqualTo("label");
    }

    @Test
    void await_findsAValueUnderItsWireName() {
        html.setValue("<p>done</p>");
        assertThat(page.await(html.valueProperty(), "<p>done</p>"::equals)).isEqualTo("<p>done</p>");
    }

    @Test
    void await_followsAnAsyncCallback() {
        button.onClick(async(event -> text.setValue("Finished " + event.newValue())));
        page.click(page.find(Button.class, "Click me!"));
        page.await(text.valueProperty(), "Finished 1"::equals);
    }

    @Test
    void await_timesOut_namingComponentPropertyAndLastValue() {
        assertThatThrownBy(() -> page.await(text.valueProperty(), "never"::equals, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("StaticText#" + text.id() + ".value")
                .hasMessageContaining("last value seen: 'label'");
    }

    @Test
    void await_onAComponentNotYetShown_saysTheBrowserHasNotReceivedIt() {
        var later = new StaticText("later");
        assertThatThrownBy(() -> page.await(later.valueProperty(), "later"::equals, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the browser has not received it");
    }

    @Test
    void propertiesNoBrowserSees_orCannotReadBack_areRefusedClearly() {
        var model = new Model();
        assertThatThrownBy(() -> page.set(model.count, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Model.count").hasMessageContaining("not a component");
        assertThatThrownBy(() -> page.await(model.count, v -> true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no browser sees it");
        assertThatThrownBy(() -> page.set(new IntSlider(0, 5).valueProperty(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not shown in this session");
        assertThatThrownBy(() -> page.await(bound.objectProperty(), Objects::nonNull)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bound.object").hasMessageContaining("cannot be read back");
    }

    @Test
    void wrongWireName_failsAtOnce_namingTheValidOnes() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> page.awaitClientValue(html, "value", "<p>start</p>"::equals, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HTML has no property 'value'")
                .hasMessageContaining("'object' on the wire")
                .hasMessageContaining("its properties: visible, loading, width, height, sizingMode, cssClasses, object");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThatThrownBy(() -> page.clientValue(slider, "colour")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IntSlider has no property 'colour'").hasMessageContaining("value");
        assertThatThrownBy(() -> page.set(slider, "colour", "red")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IntSlider has no property 'colour'");
        page.awaitClientValue(html, "object", "<p>start</p>"::equals, Duration.ofSeconds(5)); // the right name works
    }

    @Test
    void find_byTypeAndLabel_andAll_byType() {
        assertThat(page.find(Button.class, "Click me!")).isSameAs(button);
        assertThat(page.find(Card.class, "Settings")).isSameAs(card);
        assertThat(page.find(DatePicker.class, "Day")).isSameAs(picker);
        assertThat(page.find(IntSlider.class)).as("by type alone, nested in a card").isSameAs(slider);
        assertThat(page.findAll(Button.class)).containsExactly(button, other);
    }

    @Test
    void find_failsListingWhatIsThere() {
        assertThatThrownBy(() -> page.find(Button.class, "Click me"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No Button labelled 'Click me' under the root")
                .hasMessageContaining("Button \"Click me!\"").hasMessageContaining("Button \"Other\"")
                .hasMessageContaining("Card \"Settings\"").hasMessageContaining("HTML");
        assertThatThrownBy(() -> page.find(Button.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 components are a Button (Button \"Click me!\", Button \"Other\")");
    }
}
