package org.panel4j.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.panel4j.layout.Column;
import org.panel4j.param.Change;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.testing.TestSession;

/**
 * The input widgets take what the browser sends as the user types or clicks, and refuse a bad value with
 * invalid_value and nothing changed (docs/concurrency.md rule 6); a password never shows in a message.
 */
class InputWidgetsTest {

    private static final String SECRET = "hunter2-s3cret";

    private final PasswordInput password = new PasswordInput("Password");
    private final TextAreaInput area = new TextAreaInput("Notes");
    private final IntInput ints = new IntInput("Count", 0, 10, 3);
    private final FloatInput floats = new FloatInput("Ratio", -1.0, null, 0.5);
    private final Switch toggle = new Switch("Live");
    private final ColorPicker color = new ColorPicker("Colour");
    private final RadioButtonGroup<String> radio = new RadioButtonGroup<>(List.of("low", "mid", "high"));
    private final CheckBoxGroup<String> checks = new CheckBoxGroup<>(List.of("a", "b", "c"));
    private final TestSession page = TestSession.open(session ->
            new Column(password, area, ints, floats, toggle, color, radio, checks));

    @AfterEach
    void close() {
        page.close();
    }

    private static void assertInvalid(Executable input, String message) {
        assertThatThrownBy(input::execute).isInstanceOfSatisfying(ClientInputException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void goodValues_fromTheBrowser_areTaken() {
        page.set(password, "value", SECRET);
        page.set(area, "value", "line one\nline two");
        page.set(ints, "value", 10);
        page.set(floats, "value", 1e9);
        page.set(toggle, "value", true);
        page.set(color, "value", "#1F77B4");
        page.set(radio, "value", "high");
        page.set(checks, "value", List.of("c", "a"));

        assertThat(password.getValue()).isEqualTo(SECRET);
        assertThat(area.getValue()).isEqualTo("line one\nline two");
        assertThat(ints.getValue()).isEqualTo(10);
        assertThat(floats.getValue()).isEqualTo(1e9);
        assertThat(toggle.getValue()).isTrue();
        assertThat(color.getValue()).isEqualTo("#1f77b4");
        assertThat(radio.getValue()).isEqualTo("high");
        assertThat(checks.getValue()).containsExactly("c", "a");
        page.awaitClientValue(checks, "value", List.of("c", "a")::equals, Duration.ofSeconds(2));
    }

    @Test
    void anEmptiedNumberField_isNull() {
        page.set(ints, "value", null);
        page.set(floats, "value", null);

        assertThat(ints.getValue()).isNull();
        assertThat(floats.getValue()).isNull();
    }

    @Test
    void numbers_outsideTheirBoundsOrNotWhole_areRefused_andNothingChanges() {
        assertInvalid(() -> page.set(ints, "value", 11), "IntInput.value must be at most 10, not 11");
        assertInvalid(() -> page.set(ints, "value", -1), "IntInput.value must be at least 0, not -1");
        assertInvalid(() -> page.set(ints, "value", 2.5), "expected a whole number");
        assertInvalid(() -> page.set(ints, "value", "7"), "expected a number");
        assertInvalid(() -> page.set(floats, "value", -1.5), "FloatInput.value must be at least -1.0, not -1.5");
        assertInvalid(() -> page.set(floats, "value", "NaN"), "expected a number");

        assertThat(ints.getValue()).isEqualTo(3);
        assertThat(floats.getValue()).isEqualTo(0.5);
    }

    @Test
    void aNumberField_withoutBounds_takesAnyNumberOfItsKind() {
        var open = new IntInput();
        try (var other = TestSession.open(session -> open)) {
            other.set(open, "value", Integer.MIN_VALUE);
            assertThat(open.getValue()).isEqualTo(Integer.MIN_VALUE);
            assertInvalid(() -> other.set(open, "value", 3_000_000_000L), "within int range");
        }
    }

    @Test
    void badText_colourAndChoices_areRefused_andNothingChanges() {
        area.setMaxLength(5);
        assertInvalid(() -> page.set(area, "value", "123456"), "TextAreaInput.value must be at most 5 characters long");
        assertInvalid(() -> page.set(toggle, "value", "true"), "expected a boolean");
        assertInvalid(() -> page.set(color, "value", "red"), "expected a colour like #1f77b4");
        assertInvalid(() -> page.set(color, "value", "#12345g"), "expected a colour like #1f77b4");
        assertInvalid(() -> page.set(radio, "value", "max"), "RadioButtonGroup.value cannot take 'max': expected one of [low, mid, high]");
        assertInvalid(() -> page.set(checks, "value", List.of("a", "z")), "CheckBoxGroup.value cannot take [a, z]: expected one of [a, b, c]");
        assertInvalid(() -> page.set(checks, "value", List.of("a", "a")), "must not list an option twice");
        assertInvalid(() -> page.set(checks, "value", "a"), "expected a list");

        assertThat(area.getValue()).isEmpty();
        assertThat(toggle.getValue()).isFalse();
        assertThat(color.getValue()).isEqualTo("#000000");
        assertThat(radio.getValue()).isEqualTo("low");
        assertThat(checks.getValue()).isEmpty();
    }

    @Test
    void aBadPassword_isRefused_withoutShowingIt() {
        String tooLong = SECRET.repeat(1000);
        assertThatThrownBy(() -> page.set(password, "value", tooLong)).isInstanceOfSatisfying(ClientInputException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
            assertThat(e.getMessage()).contains("PasswordInput.value must be at most 10000 characters long, not (hidden)")
                    .doesNotContain("hunter2");
        });
        assertThatThrownBy(() -> page.set(password, "value", List.of(SECRET))).isInstanceOfSatisfying(ClientInputException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
            assertThat(e.getMessage()).contains("cannot take (hidden): expected a string").doesNotContain("hunter2");
        });
        assertThat(password.getValue()).isEmpty();
    }

    @Test
    void aPassword_doesNotShowInToStrings() {
        var changes = new java.util.concurrent.CopyOnWriteArrayList<Change<String>>();
        password.valueProperty().watch(changes::add);
        page.set(password, "value", SECRET);

        assertThat(password.valueProperty().toString()).doesNotContain("hunter2").endsWith("=(hidden)");
        assertThat(changes).singleElement().extracting(Change::toString).asString().doesNotContain("hunter2");
    }

    @Test
    void serverChecks_holdForServerCode_too() {
        assertThatThrownBy(() -> color.setValue("blue")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ColorPicker.value must be a colour like #1f77b4");
        assertThatThrownBy(() -> ints.setStep(0)).hasMessageContaining("IntInput.step must be more than 0");
        assertThatThrownBy(() -> new IntInput("x", 5, 1, 3)).hasMessageContaining("IntInput.start must be at most end (1), not 5");
        assertThatThrownBy(() -> new FloatInput("x", 0.0, 1.0, 2.0)).hasMessageContaining("FloatInput.value must be at most 1.0");
        assertThatThrownBy(() -> area.setRows(0)).hasMessageContaining("TextAreaInput.rows must be from 1 to 100");
    }
}
