package org.panel4j;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
class SmokeTest { @Test void runsOnJdk21Plus() { assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21); } }
