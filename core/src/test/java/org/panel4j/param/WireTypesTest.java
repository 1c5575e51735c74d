package org.panel4j.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.component.SizingMode;

/** Wire conversions are declared once per type, parse client input strictly, and missing ones fail at declaration. */
class WireTypesTest {

    @Test
    void javaTimeValues_travelAsIsoText_andParseStrictly() {
        var date = WireTypes.forClass(LocalDate.class);
        assertThat(date.toWire(LocalDate.of(2026, 2, 28))).isEqualTo("2026-02-28");
        assertThat(date.fromWire("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        for (Object bad : List.of("2026-02-30", "2026-2-28", "2026-02-28T00:00", " 2026-02-28", "x".repeat(1000), 20260228)) {
            assertThatThrownBy(() -> date.fromWire(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expected a date like 2026-11-27");
        }
        var time = WireTypes.forClass(LocalTime.class);
        assertThat(time.toWire(LocalTime.of(14, 5, 9, 123_000_000))).isEqualTo("14:05:09");
        assertThat(time.fromWire("14:05")).isEqualTo(LocalTime.of(14, 5));
        assertThatThrownBy(() -> time.fromWire("24:00")).hasMessage("expected a time like 14:05 or 14:05:09");
        var dateTime = WireTypes.forClass(LocalDateTime.class);
        assertThat(dateTime.fromWire("2026-11-27T14:05:09")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5, 9));
        assertThat(WireTypes.INSTANT.fromWire(1_700_000_000_000L)).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThatThrownBy(() -> WireTypes.INSTANT.fromWire(1.5)).hasMessage("expected a whole number");
    }

    @Test
    void enumsListsMapsBytesAndColours_roundTrip() {
        var mode = WireTypes.forClass(SizingMode.class);
        assertThat(mode.toWire(SizingMode.STRETCH_WIDTH)).isEqualTo("stretch_width");
        assertThat(mode.fromWire("stretch_width")).isEqualTo(SizingMode.STRETCH_WIDTH);
        assertThatThrownBy(() -> mode.fromWire("STRETCH_WIDTH")).hasMessageStartingWith("expected one of fixed, stretch_width");

        var dates = WireTypes.listOf(WireTypes.LOCAL_DATE);
        assertThat(dates.fromWire(List.of("2026-01-01", "2026-12-31")))
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(dates.toWire(List.of(LocalDate.of(2026, 1, 1)))).isEqualTo(List.of("2026-01-01"));
        assertThatThrownBy(() -> dates.fromWire(java.util.Arrays.asList("2026-01-01", null)))
                .hasMessage("expected a list without nulls");

        var counts = WireTypes.mapOf(WireTypes.INTEGER);
        assertThat(counts.fromWire(Map.of("a", 1))).isEqualTo(Map.of("a", 1));
        assertThatThrownBy(() -> counts.fromWire(Map.of("a", 1.5))).hasMessage("expected a whole number");

        assertThat(WireTypes.BYTES.fromWire(WireTypes.BYTES.toWire(new byte[] {1, 2, 3}))).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> WireTypes.BYTES.fromWire("***")).hasMessage("expected base64 text");
        assertThat(WireTypes.HEX_COLOR.fromWire("#1F77B4")).isEqualTo("#1f77b4");
        assertThatThrownBy(() -> WireTypes.HEX_COLOR.fromWire("red")).hasMessage("expected a colour like #1f77b4");
    }

    @Test
    void aParamOfATypeTheBrowserCannotReceive_failsWhenDeclared() {
        var owner = new Gauge();
        assertThatThrownBy(() -> Param.builder(owner, "when", Thread.class).nullable().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gauge.when has type Thread, which the browser cannot receive: declare it with a WireType or give toWire");
        assertThatThrownBy(() -> Param.<List<String>>builder(owner, "tags").value(List.of()).clientWritable().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gauge.tags is client-writable but nothing converts the browser's value to it:"
                        + " declare it with a WireType or give fromClient");
    }

    @Test
    void aParamDeclaredWithAWireType_convertsBothWays() {
        var owner = new Gauge();
        Param<LocalDate> day = Param.builder(owner, "day", WireTypes.LOCAL_DATE).value(LocalDate.of(2026, 11, 27))
                .clientWritable().build();

        assertThat(day.wireValue()).isEqualTo("2026-11-27");
        assertThat(Param.builder(owner, "day2", LocalDate.class).value(LocalDate.of(2026, 1, 2)).build().wireValue())
                .isEqualTo("2026-01-02");
    }
}
