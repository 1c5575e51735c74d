package org.panel4j.server.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host names the server answers to, against DNS rebinding (a foreign site pointing its own name
 * at this server): the local names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]} and the bound
 * address, or every address of the machine's interfaces when bound to a wildcard address, read once
 * when the server is built) and the configured names, exact or {@code *.example.com} for every name
 * below {@code example.com}. A {@code Host} header is judged by its name only: proxies and port
 * forwarding change the port, and a rebinding site cannot use an allowed name. Names compare
 * case-insensitively; IPv6 addresses in any notation. Thread-safe (immutable).
 */
final class HostPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(HostPolicy.class);
    private static final List<String> LOCAL_NAMES = List.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private final Set<String> local;
    private final Set<String> configured;
    private final List<String> suffixes;

    /**
     * A policy for a server bound to {@code boundAddress} that also answers {@code configuredNames}.
     *
     * @throws IllegalArgumentException if a configured name is not a host name, {@code *.name} or an IP address
     */
    HostPolicy(List<String> configuredNames, String boundAddress) {
        var names = new LinkedHashSet<String>();
        LOCAL_NAMES.forEach(name -> names.add(canonical(name).orElseThrow()));
        if (isWildcard(boundAddress)) {
            names.addAll(interfaceAddresses());
        } else {
            canonical(boundAddress).ifPresent(names::add);
        }
        var exact = new LinkedHashSet<String>();
        var below = new ArrayList<String>();
        for (String name : configuredNames) {
            String lower = name.trim().toLowerCase(Locale.ROOT);
            if (lower.startsWith("*.") && NAME.matcher(lower.substring(2)).matches()) {
                below.add(lower.substring(1));
            } else {
                exact.add(canonical(name).orElseThrow(
                        () -> new IllegalArgumentException("not a host name, *.name or IP address: '" + name + "'")));
            }
        }
        this.local = Set.copyOf(names);
        this.configured = Set.copyOf(exact);
        this.suffixes = List.copyOf(below);
    }

    /** Whether a request whose {@code Host} header is {@code hostHeader} (name and optional port) is answered. */
    boolean allowsHostHeader(@Nullable String hostHeader) {
        return hostHeader != null && nameOfHostHeader(hostHeader).filter(this::allows).isPresent();
    }

    /** Whether {@code name} (a host name or IP address, no port) is allowed. */
    boolean allows(String name) {
        return canonical(name).filter(n -> local.contains(n) || isConfigured(n)).isPresent();
    }

    /** Whether {@code name} is allowed by the configuration (not only as a local name). */
    boolean isConfigured(String name) {
        return canonical(name).filter(n -> configured.contains(n)
                || suffixes.stream().anyMatch(suffix -> n.endsWith(suffix) && n.length() > suffix.length())).isPresent();
    }

    /** The name of a {@code Host} header without its port; empty if the header is malformed. */
    static Optional<String> nameOfHostHeader(String header) {
        String host = header.trim();
        if (host.isEmpty() || host.length() > 300) {
            return Optional.empty();
        }
        String name = host;
        String port = null;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            name = host.substring(0, end + 1);
            String rest = host.substring(end + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return Optional.empty();
                }
                port = rest.substring(1);
            }
        } else {
            int colon = host.indexOf(':');
            if (colon != host.lastIndexOf(':')) {
                return Optional.empty(); // an IPv6 address must be in brackets
            }
            if (colon >= 0) {
                name = host.substring(0, colon);
                port = host.substring(colon + 1);
            }
        }
        if (port != null && !PORT.matcher(port).matches()) {
            return Optional.empty();
        }
        return canonical(name);
    }

    /**
     * The form names are compared in: lower case; an IPv6 address (with or without brackets) in
     * brackets and Java's full notation, an IPv4-mapped one as IPv4. Empty if it is neither a host
     * name nor an IP address. Never looks a name up.
     */
    static Optional<String> canonical(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        } else if (n.startsWith("[") || n.endsWith("]")) {
            return Optional.empty();
        }
        if (IPV6.matcher(n).matches()) {
            try {
                // a literal containing ':' is parsed, never looked up
                InetAddress address = InetAddress.getByName(n);
                return Optional.of(address instanceof Inet4Address ? address.getHostAddress() : bracketed(address));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return NAME.matcher(n).matches() ? Optional.of(n) : Optional.empty();
    }

    private static String bracketed(InetAddress address) {
        try {
            // without the scope (%eth0) a link-local address carries
            return "[" + InetAddress.getByAddress(address.getAddress()).getHostAddress() + "]";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 16 bytes is always valid", e);
        }
    }

    private static boolean isWildcard(String address) {
        Optional<String> name = canonical(address);
        return name.isPresent() && (name.get().equals("0.0.0.0") || name.get().equals("[0:0:0:0:0:0:0:0]"));
    }

    private static Set<String> interfaceAddresses() {
        var addresses = new LinkedHashSet<String>();
        try {
            NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).forEach(address ->
                    addresses.add(address instanceof Inet4Address ? address.getHostAddress() : bracketed(address)));
        } catch (SocketException e) {
            LOG.warn("Could not list this machine's addresses; only the local names and configured hosts are answered: {}",
                    e.toString());
        }
        return addresses;
    }
}
