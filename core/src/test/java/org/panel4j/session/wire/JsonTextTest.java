package org.panel4j.session.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void strings_areEscaped_controlsAndLineSeparatorsToo() {
        var out = new JsonText();
        out.string("q\" b\\ n\n r\r t\t bs\b ff\f bell\u0007 esc\u001b ls\u2028 ps\u2029 é ✓ /");

        assertThat(out.toString()).isEqualTo(
                "\"q\\\" b\\\\ n\\n r\\r t\\t bs\\b ff\\f bell\\u0007 esc\\u001B ls\\u2028 ps\\u2029 é ✓ /\"");
    }

    @Test
    void commasAndColons_followTheNesting() {
        var out = new JsonText();
        out.startObject();
        out.name("a");
        out.startArray();
        out.number(1);
        out.startObject();
        out.endObject();
        out.startArray();
        out.endArray();
        out.bool(true);
        out.endArray();
        out.name("b");
        out.nullValue();
        out.name("c");
        out.numberText("1.5");
        out.endObject();

        assertThat(out.toString()).isEqualTo("{\"a\":[1,{},[],true],\"b\":null,\"c\":1.5}");
    }

    @Test
    void nonFiniteNumbers_areNull_andArraysArePlain() {
        var out = new JsonText();
        out.startArray();
        out.number(Double.NaN);
        out.number(Double.NEGATIVE_INFINITY);
        out.number(-0.125);
        out.numbers(new double[] {1, Double.POSITIVE_INFINITY});
        out.numbers(new long[] {Long.MIN_VALUE});
        out.numbers(new int[] {});
        out.endArray();

        assertThat(out.toString()).isEqualTo("[null,null,-0.125,[1.0,null],[-9223372036854775808],[]]");
    }
}
