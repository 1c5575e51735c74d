package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    private static final HostPolicy LOCAL_ONLY = new HostPolicy(List.of(), "127.0.0.1");

    @Test
    void configuredOrigins_matchSchemeHostAndPortExactly() {
        var policy = new OriginPolicy(LOCAL_ONLY, List.of("http://allowed.example"), () -> 5006);

        assertThat(policy.allows("http://allowed.example")).isTrue();
        assertThat(policy.allows("http://ALLOWED.example:80")).isTrue();
        assertThat(policy.allows("http://allowed.example.attacker.test")).isFalse();
        assertThat(policy.allows("https://allowed.example")).isFalse();
        assertThat(policy.allows("http://allowed.example:8080")).isFalse();
        assertThat(policy.allows("null")).isFalse();
    }

    @Test
    void localNames_passOnTheServersPortOnly_overHttpOrHttps() {
        var policy = new OriginPolicy(LOCAL_ONLY, List.of(), () -> 5006);

        assertThat(policy.allows("http://127.0.0.1:5006")).isTrue();
        assertThat(policy.allows("https://localhost:5006")).isTrue();
        assertThat(policy.allows("http://[::1]:5006")).isTrue();
        assertThat(policy.allows("http://127.0.0.1:5007")).isFalse();
        assertThat(policy.allows("http://localhost")).isFalse();
        assertThat(policy.allows("http://attacker.example:5006")).isFalse();
        assertThat(policy.allows("ftp://localhost:5006")).isFalse();
        assertThat(policy.allows("http://user@localhost:5006")).isFalse();
        assertThat(policy.allows(null)).isTrue();
    }

    @Test
    void configuredHostNames_passOnTheServersPort_andTheSchemesDefaultPort() {
        var hosts = new HostPolicy(List.of("dash.example.com", "*.apps.example.org"), "127.0.0.1");
        var policy = new OriginPolicy(hosts, List.of(), () -> 5006);

        assertThat(policy.allows("https://dash.example.com")).isTrue();
        assertThat(policy.allows("http://dash.example.com")).isTrue();
        assertThat(policy.allows("http://dash.example.com:5006")).isTrue();
        assertThat(policy.allows("https://a.apps.example.org")).isTrue();
        assertThat(policy.allows("https://dash.example.com:8443")).isFalse();
        assertThat(policy.allows("https://apps.example.org")).isFalse();
        assertThat(policy.allows("https://dash.example.com.attacker.example")).isFalse();
    }
}
