package org.panel4j.param;

import java.util.List;

/** A plain parameterized object for the param tests: no component, no session. */
final class Gauge extends Parameterized {

    final Param<Integer> level = Param.builder(this, "level", Integer.class).value(5)
            .bounds(() -> 0, () -> 10).doc("How full it is.").build();
    final Param<String> unit = Param.builder(this, "unit", String.class).value("l")
            .allowed(() -> List.of("l", "ml")).build();
    final Param<String> serial = Param.builder(this, "serial", String.class).value("G-1").constant().build();
    final Param<Integer> readings = Param.builder(this, "readings", Integer.class).value(0).readOnly().build();
    final Param<String> note = Param.builder(this, "note", String.class).nullable().build();

    void recordReading() {
        setByOwner(readings, readings.get() + 1);
    }
}
