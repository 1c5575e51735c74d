package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's query as the first socket brings it: values read like a set's, bounded as a whole. */
class LocationQueryTest {

    private final ProtocolDecoder decoder = new ProtocolDecoder();

    @Test
    void values_areJsonWhenTheyAreJson_elseText() {
        assertThat(LocationQuery.parse("n=7&on=true&s=%227%22&q=hello%20world&l=%5B1%2C2%5D&e=&n=8", decoder))
                .containsExactly(Map.entry("n", 7L), Map.entry("on", true), Map.entry("s", "7"),
                        Map.entry("q", "hello world"), Map.entry("l", List.of(1L, 2L)), Map.entry("e", ""));
    }

    @Test
    void aQueryOverTheBounds_orNotPercentEncoded_isIgnoredAsAWhole() {
        assertThat(LocationQuery.parse("q=" + "x".repeat(2047), decoder)).isEmpty();
        assertThat(LocationQuery.parse("q=" + "x".repeat(2046), decoder)).containsOnlyKeys("q");
        assertThat(LocationQuery.parse("a=1&".repeat(32) + "b=2", decoder)).isEmpty();
        assertThat(LocationQuery.parse("a=%zz&b=2", decoder)).isEmpty();
        assertThat(LocationQuery.parse(null, decoder)).isEmpty();
        assertThat(LocationQuery.parse("deep=" + "[".repeat(40) + "]".repeat(40), decoder))
                .as("too deep for the decoder: kept as text, which a property then refuses")
                .containsEntry("deep", "[".repeat(40) + "]".repeat(40));
    }
}
