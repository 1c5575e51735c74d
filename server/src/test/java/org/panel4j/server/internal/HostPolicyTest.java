package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.NetworkInterface;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostPolicyTest {

    @Test
    void hostHeader_isJudgedByItsNameOnly() {
        var policy = new HostPolicy(List.of("dash.example.com", "*.apps.example.org", "10.1.2.3"), "127.0.0.1");

        for (String allowed : List.of("localhost", "localhost:5006", "LocalHost:1", "127.0.0.1:80", "[::1]",
                "[::1]:5006", "[0:0:0:0:0:0:0:1]:9", "dash.example.com", "x.y.apps.example.org:443", "10.1.2.3:8080")) {
            assertThat(policy.allowsHostHeader(allowed)).as(allowed).isTrue();
        }
        for (String refused : List.of("attacker.example", "attacker.example:5006", "apps.example.org",
                "evilapps.example.org", "dash.example.com.attacker.example", "localhost.", "127.0.0.2",
                "::1", "[::1", "localhost:x", "localhost:123456", "local host", "", "10.1.2.4")) {
            assertThat(policy.allowsHostHeader(refused)).as(refused).isFalse();
        }
        assertThat(policy.allowsHostHeader(null)).isFalse();
    }

    @Test
    void boundAddress_isAllowed_andAWildcardAllowsTheMachinesAddresses() throws Exception {
        assertThat(new HostPolicy(List.of(), "192.168.7.9").allows("192.168.7.9")).isTrue();
        assertThat(new HostPolicy(List.of(), "127.0.0.1").allows("192.168.7.9")).isFalse();
        assertThat(new HostPolicy(List.of(), "myhost.lan").allows("MyHost.lan")).isTrue();
        var wildcard = new HostPolicy(List.of(), "0.0.0.0");
        var ipv6Wildcard = new HostPolicy(List.of(), "::");
        NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).forEach(address -> {
            String name = address.getHostAddress().replaceAll("%.*", "");
            assertThat(wildcard.allows(name)).as(name).isTrue();
            assertThat(ipv6Wildcard.allows(name)).as(name).isTrue();
        });
        assertThat(wildcard.allows("0.0.0.0")).isFalse();
        assertThat(wildcard.allows("attacker.example")).isFalse();
    }

    @Test
    void aConfiguredNameThatIsNoHostName_isRefused() {
        assertThatThrownBy(() -> new HostPolicy(List.of("[::zz]"), "127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[::zz]");
    }
}
