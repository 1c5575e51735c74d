package org.panel4j.server.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;

/**
 * Which client a request comes from, as per-address limits count it. The client is the direct peer,
 * unless that peer is a trusted proxy: then it is the rightmost untrusted hop of
 * {@code X-Forwarded-For} (or, when that header is absent, of {@code Forwarded}); from any other peer
 * both headers are ignored. The key groups IPv6 clients by their /64 (one subscriber's network) and
 * reads IPv4-mapped IPv6 as IPv4. Header values are parsed as address literals only, never looked up.
 * Thread-safe; see docs/security.md, "Notes for operators".
 */
public final class ClientAddress {

    /** Hops read from the right at most; a longer chain of trusted hops stops at the last read. */
    private static final int MAX_HOPS = 32;
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trusted;

    /**
     * Trusts {@code trustedProxies}: addresses or CIDR ranges such as {@code 127.0.0.1}, {@code 10.0.0.0/8},
     * {@code ::1} or {@code fd00::/8}.
     *
     * @throws IllegalArgumentException naming the first entry that is not an address or range
     */
    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Range::parse).toList();
    }

    /** The key the per-address limits count {@code request} under. */
    public String key(Request request) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        if (!(peer instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return String.valueOf(peer); // not an IP connection (e.g. a Unix socket): one key for it
        }
        return limitKey(client(inet.getAddress(),
                request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR),
                request.getHeaders().getValuesList(HttpHeader.FORWARDED)));
    }

    /**
     * The client behind {@code peer}: {@code peer} itself unless it is trusted; then the rightmost
     * untrusted hop of the forwarded headers (each list holds one header's lines, in order), the
     * leftmost hop if all are trusted, or the last trusted hop when the next one is not an address.
     */
    public InetAddress client(InetAddress peer, List<String> xForwardedFor, List<String> forwarded) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = xForwardedFor.isEmpty() ? forwardedFor(forwarded) : split(xForwardedFor);
        InetAddress client = peer;
        for (int i = hops.size() - 1, read = 0; i >= 0 && read < MAX_HOPS; i--, read++) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether {@code address} is a trusted proxy. */
    public boolean isTrusted(InetAddress address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The limit key of {@code address}: an IPv4 address as is, an IPv6 address as its /64, e.g. {@code 2001:db8:1:2::/64}. */
    public static String limitKey(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        var out = new StringBuilder(24);
        for (int i = 0; i < 8; i += 2) {
            out.append(Integer.toHexString(((prefix[i] & 0xff) << 8) | (prefix[i + 1] & 0xff))).append(':');
        }
        return out.append(":/64").toString();
    }

    /**
     * {@code text} as an IP address literal, with an optional port ({@code 1.2.3.4:80},
     * {@code [2001:db8::1]:80}) or quotes; null if it is anything else (a name, {@code unknown}, an
     * obfuscated {@code _id}, an IPv6 zone). Never resolves a name.
     */
    static @Nullable InetAddress literal(String text) {
        String s = text.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || !(close == s.length() - 1 || s.charAt(close + 1) == ':')) {
                return null;
            }
            return isIpv6(s.substring(1, close)) ? parseLiteral(s.substring(1, close)) : null;
        }
        int colon = s.indexOf(':');
        if (colon >= 0 && colon == s.lastIndexOf(':')) {
            s = s.substring(0, colon); // IPv4 with a port
        }
        return isIpv4(s) || isIpv6(s) ? parseLiteral(s) : null;
    }

    private static boolean isIpv4(String s) {
        var v4 = IPV4.matcher(s);
        if (!v4.matches()) {
            return false;
        }
        for (int group = 1; group <= 4; group++) {
            if (Integer.parseInt(v4.group(group)) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Only IPv6 literal characters, a colon, and a first character that makes the JDK parse rather than look up. */
    private static boolean isIpv6(String s) {
        return IPV6.matcher(s).matches() && s.indexOf(':') >= 0
                && (s.charAt(0) == ':' || Character.digit(s.charAt(0), 16) >= 0);
    }

    /** Parses a literal {@link #isIpv4} or {@link #isIpv6} accepted: the JDK then parses it and never looks a name up. */
    private static @Nullable InetAddress parseLiteral(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static List<String> split(List<String> lines) {
        var hops = new ArrayList<String>();
        for (String line : lines) {
            for (String hop : line.split(",", -1)) {
                hops.add(hop);
            }
        }
        return hops;
    }

    /** The {@code for=} value of each element of {@code Forwarded} (RFC 7239); an element without one is a hop of its own. */
    private static List<String> forwardedFor(List<String> lines) {
        var hops = new ArrayList<String>();
        for (String element : split(lines)) {
            String value = "";
            for (String pair : element.split(";", -1)) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("for")) {
                    value = pair.substring(eq + 1);
                }
            }
            hops.add(value);
        }
        return hops;
    }

    /** An address range: the first {@code bits} bits of {@code prefix}. */
    private record Range(byte[] prefix, int bits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = (slash < 0 ? text : text.substring(0, slash)).strip();
            boolean v6 = isIpv6(address);
            InetAddress parsed = isIpv4(address) || v6 ? parseLiteral(address) : null;
            if (parsed == null || v6 && parsed instanceof Inet4Address) {
                throw new IllegalArgumentException("not an IP address or CIDR range (IPv4-mapped ranges are written as IPv4): '"
                        + text + "'");
            }
            byte[] bytes = parsed.getAddress();
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("not a CIDR range (prefix length 0 to " + bytes.length * 8 + "): '" + text + "'");
                }
            }
            return new Range(bytes, bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (bytes[full] & mask) == (prefix[full] & mask);
        }
    }
}
