package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client address limits count: IPv6 by /64, and forwarded headers only from a trusted proxy. */
class ClientAddressTest {

    private static InetAddress ip(String literal) {
        InetAddress parsed = ClientAddress.literal(literal);
        assertThat(parsed).as(literal).isNotNull();
        return parsed;
    }

    private static String key(ClientAddress addresses, String peer, List<String> xff, List<String> forwarded) {
        return ClientAddress.limitKey(addresses.client(ip(peer), xff, forwarded));
    }

    @Test
    void ipv6_isGroupedBySlash64_ipv4AndMappedIpv4_byAddress() {
        assertThat(ClientAddress.limitKey(ip("2001:db8:1:2::1"))).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.limitKey(ip("2001:db8:1:2:ffff:ffff:ffff:ffff")))
                .isEqualTo(ClientAddress.limitKey(ip("2001:db8:1:2::1")));
        assertThat(ClientAddress.limitKey(ip("2001:db8:1:3::1"))).isNotEqualTo(ClientAddress.limitKey(ip("2001:db8:1:2::1")));
        assertThat(ClientAddress.limitKey(ip("::1"))).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.limitKey(ip("203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.limitKey(ip("203.0.113.6"))).isEqualTo("203.0.113.6");
        assertThat(ClientAddress.limitKey(ip("::ffff:203.0.113.5"))).isEqualTo("203.0.113.5");
    }

    @Test
    void fromAnUntrustedPeer_headersAreIgnored() {
        var addresses = new ClientAddress(List.of("10.0.0.0/8"));
        assertThat(key(addresses, "198.51.100.7", List.of("203.0.113.5"), List.of())).isEqualTo("198.51.100.7");
        assertThat(key(addresses, "198.51.100.7", List.of(), List.of("for=203.0.113.5"))).isEqualTo("198.51.100.7");
        assertThat(key(new ClientAddress(List.of()), "127.0.0.1", List.of("203.0.113.5"), List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void fromATrustedPeer_theRightmostUntrustedHopIsTheClient() {
        var addresses = new ClientAddress(List.of("127.0.0.1", "10.0.0.0/8"));
        assertThat(key(addresses, "127.0.0.1", List.of("203.0.113.5"), List.of())).isEqualTo("203.0.113.5");
        // what the client wrote itself stands left of what the proxies appended
        assertThat(key(addresses, "127.0.0.1", List.of("1.1.1.1, 203.0.113.5, 10.1.2.3"), List.of())).isEqualTo("203.0.113.5");
        assertThat(key(addresses, "127.0.0.1", List.of("1.1.1.1", "203.0.113.5"), List.of())).as("two header lines")
                .isEqualTo("203.0.113.5");
        assertThat(key(addresses, "10.9.9.9", List.of("10.1.1.1, 10.2.2.2"), List.of())).as("all trusted: the leftmost")
                .isEqualTo("10.1.1.1");
        assertThat(key(addresses, "127.0.0.1", List.of(), List.of())).as("no header").isEqualTo("127.0.0.1");
        assertThat(key(addresses, "127.0.0.1", List.of("203.0.113.5:4711"), List.of())).isEqualTo("203.0.113.5");
    }

    @Test
    void aHopThatIsNoAddress_stopsAtTheLastTrustedOne_andNamesAreNeverLookedUp() {
        var addresses = new ClientAddress(List.of("127.0.0.1", "10.0.0.0/8"));
        assertThat(key(addresses, "127.0.0.1", List.of("203.0.113.5, unknown"), List.of())).isEqualTo("127.0.0.1");
        assertThat(key(addresses, "127.0.0.1", List.of("203.0.113.5, localhost, 10.1.1.1"), List.of())).isEqualTo("10.1.1.1");
        for (String notLiteral : List.of("localhost", "example.com", "_hidden", "unknown", "", "..:", "1.2.3", "256.1.1.1",
                "fe80::1%eth0", "[::1", "1.2.3.4.5", "0x7f.1.1.1")) {
            assertThat(ClientAddress.literal(notLiteral)).as(notLiteral).isNull();
        }
    }

    @Test
    void forwardedHeader_isReadWhenXForwardedForIsAbsent() {
        var addresses = new ClientAddress(List.of("127.0.0.1"));
        assertThat(key(addresses, "127.0.0.1", List.of(), List.of("for=192.0.2.60;proto=http;by=203.0.113.43")))
                .isEqualTo("192.0.2.60");
        assertThat(key(addresses, "127.0.0.1", List.of(), List.of("for=1.1.1.1, For=\"[2001:db8:cafe::17]:4711\"")))
                .isEqualTo("2001:db8:cafe:0::/64");
        assertThat(key(addresses, "127.0.0.1", List.of("203.0.113.9"), List.of("for=192.0.2.60")))
                .as("X-Forwarded-For wins").isEqualTo("203.0.113.9");
        assertThat(key(addresses, "127.0.0.1", List.of(), List.of("for=_hidden"))).isEqualTo("127.0.0.1");
    }

    @Test
    void trustedRanges_matchByPrefix_andBadOnesAreRefused() {
        var addresses = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.0/25", "fd00::/8", "::1"));
        assertThat(addresses.isTrusted(ip("10.255.0.1"))).isTrue();
        assertThat(addresses.isTrusted(ip("11.0.0.1"))).isFalse();
        assertThat(addresses.isTrusted(ip("192.168.1.127"))).isTrue();
        assertThat(addresses.isTrusted(ip("192.168.1.128"))).isFalse();
        assertThat(addresses.isTrusted(ip("fd12::1"))).isTrue();
        assertThat(addresses.isTrusted(ip("fe12::1"))).isFalse();
        assertThat(addresses.isTrusted(ip("::1"))).isTrue();
        assertThat(addresses.isTrusted(ip("::2"))).isFalse();
        assertThat(new ClientAddress(List.of("0.0.0.0/0")).isTrusted(ip("8.8.8.8"))).isTrue();
        for (String bad : List.of("localhost", "10.0.0.0/33", "10.0.0.0/x", "::/129", "10.0.0.1:80", "[::1]", "")) {
            assertThatThrownBy(() -> new ClientAddress(List.of(bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
