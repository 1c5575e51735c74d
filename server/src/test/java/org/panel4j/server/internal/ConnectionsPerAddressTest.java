package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Connections are counted per IPv4 address, and per /64 for IPv6 (one host usually owns a whole /64). */
class ConnectionsPerAddressTest {

    private static String key(String address) throws Exception {
        return ClientAddress.limitKey(InetAddress.getByName(address)); // the key ConnectionsPerAddress counts by
    }

    @Test
    void ipv6AddressesOfOneSlash64_shareACount_ipv4AddressesDoNot() throws Exception {
        assertThat(key("2001:db8:1:2::1")).isEqualTo(key("2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(key("2001:db8:1:3::1")).isNotEqualTo(key("2001:db8:1:2::1"));
        assertThat(key("192.0.2.1")).isEqualTo("192.0.2.1").isNotEqualTo(key("192.0.2.2"));
        assertThat(key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1"); // Java maps it to IPv4
    }
}
