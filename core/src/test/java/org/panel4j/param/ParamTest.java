package org.panel4j.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;

class ParamTest {

    @Test
    void declaration_keepsDefaultDocAndOwner_inDeclarationOrder() {
        var gauge = new Gauge();

        assertThat(gauge.level.get()).isEqualTo(5);
        assertThat(gauge.level.defaultValue()).isEqualTo(5);
        assertThat(gauge.level.doc()).isEqualTo("How full it is.");
        assertThat(gauge.level.owner()).isSameAs(gauge);
        assertThat(gauge.level.label()).isEqualTo("Gauge.level");
        assertThat(gauge.params()).extracting(Param::name).containsExactly("level", "unit", "serial", "readings", "note");
        assertThat(gauge.param("unit")).containsSame(gauge.unit);
        assertThat(gauge.param("nope")).isEmpty();
    }

    @Test
    void setValue_aboveEnd_throwsNamingOwnerParamValueAndBound_andKeepsOldValue() {
        var slider = new IntSlider(0, 10, 3);

        assertThatThrownBy(() -> slider.setValue(11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IntSlider.value must be at most 10, not 11");
        assertThat(slider.getValue()).isEqualTo(3);
    }

    @Test
    void setValue_belowStart_throwsAtLeastMessage() {
        var slider = new IntSlider(2, 10);

        assertThatThrownBy(() -> slider.setValue(1)).hasMessage("IntSlider.value must be at least 2, not 1");
        assertThat(slider.getValue()).isEqualTo(2);
    }

    @Test
    void bounds_followTheCurrentEnd() {
        var slider = new IntSlider(0, 10);
        slider.endProperty().set(20);

        slider.setValue(15);

        assertThat(slider.getValue()).isEqualTo(15);
    }

    @Test
    void set_notAnAllowedValue_throwsListingTheAllowedOnes() {
        var select = new Select<>(java.util.List.of("a", "b"));

        assertThatThrownBy(() -> select.setValue("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Select.value must be one of [a, b], not 'c'");
        assertThat(select.getValue()).isEqualTo("a");
    }

    @Test
    void set_null_onNonNullable_throws_andNullableAcceptsIt() {
        var gauge = new Gauge();

        assertThatThrownBy(() -> gauge.level.set(null)).hasMessage("Gauge.level must not be null");
        gauge.note.set(null);
        assertThat(gauge.note.get()).isNull();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void set_wrongType_throwsNamingTheType() {
        var gauge = new Gauge();

        assertThatThrownBy(() -> ((Param) gauge.level).set("full"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gauge.level must be a Integer, not 'full' (String)");
        assertThat(gauge.level.get()).isEqualTo(5);
    }

    @Test
    void set_constant_throwsIllegalState() {
        var gauge = new Gauge();

        assertThatThrownBy(() -> gauge.serial.set("G-2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Gauge.serial is constant");
        assertThat(gauge.serial.isConstant()).isTrue();
        assertThat(gauge.serial.get()).isEqualTo("G-1");
    }

    @Test
    void set_readOnly_throwsForUserCode_butTheOwnerMaySetIt() throws NoSuchMethodException {
        var gauge = new Gauge();

        assertThatThrownBy(() -> gauge.readings.set(7)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Gauge.readings is read-only");
        gauge.recordReading();

        assertThat(gauge.readings.get()).isEqualTo(1);
        assertThat(Button.class.getMethod("clicksProperty").getReturnType()).as("setting clicks does not compile")
                .isEqualTo(ReadOnlyParam.class);
    }

    @Test
    void build_invalidDefault_throws() {
        var owner = new Parameterized() {};

        assertThatThrownBy(() -> Param.builder(owner, "size", Integer.class).value(-1)
                .check(v -> v < 0 ? "must be at least 0" : null).build())
                .hasMessageEndingWith(".size must be at least 0, not -1");
    }

    @Test
    void build_sameNameTwice_throws() {
        var owner = new Parameterized() {};
        Param.builder(owner, "a", Integer.class).value(1).build();

        assertThatThrownBy(() -> Param.builder(owner, "a", Integer.class).value(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already declares a parameter 'a'");
    }

    @Test
    void build_nonNullableWithoutDefault_throws() {
        var owner = new Parameterized() {};

        assertThatThrownBy(() -> Param.builder(owner, "a", String.class).build())
                .hasMessageContaining(".a needs a default value");
    }
}
