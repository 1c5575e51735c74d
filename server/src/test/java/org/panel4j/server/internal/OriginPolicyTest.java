package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    @Test
    void allowlist_matchesSchemeHostAndPortExactly() {
        var policy = new OriginPolicy(List.of("http://allowed.example"));

        assertThat(policy.allows("http://allowed.example", false, "x")).isTrue();
        assertThat(policy.allows("http://ALLOWED.example:80", false, "x")).isTrue();
        assertThat(policy.allows("http://allowed.example.attacker.test", false, "x")).isFalse();
        assertThat(policy.allows("https://allowed.example", false, "x")).isFalse();
        assertThat(policy.allows("http://allowed.example:8080", false, "x")).isFalse();
        assertThat(policy.allows("null", false, "x")).isFalse();
    }

    @Test
    void byDefault_onlyTheRequestsOwnOriginPasses() {
        var policy = new OriginPolicy(List.of());

        assertThat(policy.allows("http://127.0.0.1:5006", false, "127.0.0.1:5006")).isTrue();
        assertThat(policy.allows("http://127.0.0.1:5007", false, "127.0.0.1:5006")).isFalse();
        assertThat(policy.allows("https://127.0.0.1:5006", false, "127.0.0.1:5006")).isFalse();
        assertThat(policy.allows(null, false, "127.0.0.1:5006")).isTrue();
    }
}
