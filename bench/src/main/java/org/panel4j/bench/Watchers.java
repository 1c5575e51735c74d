package org.panel4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;

/**
 * A driver process watching many pages as cheaply as a client can (issue 18, goal 4): opens {@code count}
 * pages of {@code path} on {@code port} from loopback address {@code address}, then one thread and one
 * selector read every socket, count the text frames each page receives ({@link FrameCounter}: headers
 * parsed, payloads skipped, pings answered) and never decode them. Prints {@code HELD count seconds}; then
 * answers each {@code STATS} line on its standard input with one line: {@code STATS frames bytes cpuNanos
 * min p1 median closed recvQueueBytes}, where min, p1 and median are the text frames per page since the
 * previous {@code STATS} and recvQueueBytes what the kernel holds for these sockets, unread (a reader
 * falling behind). Ends when its standard input closes.
 */
public final class Watchers {


    private final List<SocketChannel> channels;
    private final List<FrameCounter> counters;
    private final long[] framesAtLastStats;
    private final String localHex;
    private final ConcurrentLinkedQueue<String> commands = new ConcurrentLinkedQueue<>();

    private Watchers(List<SocketChannel> channels, List<FrameCounter> counters, InetAddress local) {
        this.channels = channels;
        this.counters = counters;
        this.framesAtLastStats = new long[channels.size()];
        byte[] a = local.getAddress();
        // /proc/net/tcp writes an IPv4 address as the hex of its bytes in host (little-endian) order
        this.localHex = String.format(Locale.ROOT, "%02X%02X%02X%02X", a[3], a[2], a[1], a[0]);
    }

    /** {@code port address count path}. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        InetAddress local = InetAddress.getByName(args[1]);
        int count = Integer.parseInt(args[2]);
        String path = args[3];
        if (!(local instanceof Inet4Address)) {
            throw new IllegalArgumentException("an IPv4 loopback address, not " + local);
        }
        long t0 = System.nanoTime();
        List<Watched> opened = ParallelOpens.open(count, () -> {
            var counter = new FrameCounter();
            return new Watched(open(port, path, local, counter), counter);
        });
        var channels = new ArrayList<SocketChannel>(count);
        var counters = new ArrayList<FrameCounter>(count);
        for (Watched page : opened) {
            channels.add(page.channel());
            counters.add(page.counter());
        }
        System.out.printf("HELD %d %.3f%n", channels.size(), (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        new Watchers(channels, counters, local).read();
    }

    /** One watched page: its socket and the counter of its frames. */
    private record Watched(SocketChannel channel, FrameCounter counter) {}

    /** Opens one page and its socket; returns the socket once {@code init} arrived (counted by {@code counter}). */
    private static SocketChannel open(int port, String path, InetAddress local, FrameCounter counter) throws Exception {
        Matcher boot = LoadClient.BOOT.matcher(ServerProcess.get(port, path));
        if (!boot.find()) {
            throw new IllegalStateException("no boot JSON at " + path);
        }
        SocketChannel channel = SocketChannel.open();
        try {
            channel.bind(new InetSocketAddress(local, 0));
            channel.socket().connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 30_000);
            channel.socket().setSoTimeout(60_000);
            byte[] key = new byte[16];
            ThreadLocalRandom.current().nextBytes(key);
            String request = "GET " + boot.group(3) + "?token=" + boot.group(1) + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
            channel.socket().getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = channel.socket().getInputStream();
            byte[] buffer = new byte[16 * 1024];
            int filled = 0;
            int headEnd = -1;
            while (headEnd < 0) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    throw new IOException("the connection closed during the upgrade");
                }
                filled += n;
                headEnd = indexOf(buffer, filled, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                if (headEnd < 0 && filled == buffer.length) {
                    throw new IOException("an upgrade answer of more than " + buffer.length + " bytes");
                }
            }
            String status = new String(buffer, 0, Math.max(0, indexOf(buffer, filled, new byte[] {'\r', '\n'})),
                    StandardCharsets.US_ASCII);
            if (!status.startsWith("HTTP/1.1 101")) {
                throw new IOException("upgrade answered " + status);
            }
            var pongs = new ArrayList<byte[]>();
            counter.feed(ByteBuffer.wrap(buffer, headEnd + 4, filled - headEnd - 4), pongs::add);
            while (counter.textFrames == 0) { // until the first text message: init
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("the connection closed before init");
                }
                counter.feed(ByteBuffer.wrap(buffer, 0, n), pongs::add);
            }
            for (byte[] pong : pongs) {
                channel.socket().getOutputStream().write(pong);
            }
            counter.textFrames--; // init is not a watched update
            channel.configureBlocking(false);
            return channel;
        } catch (Exception e) {
            channel.close();
            throw e;
        }
    }

    private static int indexOf(byte[] bytes, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Reads every socket on this thread until standard input closes. */
    private void read() throws IOException {
        Selector selector = Selector.open();
        for (int i = 0; i < channels.size(); i++) {
            channels.get(i).register(selector, SelectionKey.OP_READ, i);
        }
        Thread.ofPlatform().daemon().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    commands.add(line.strip());
                    selector.wakeup();
                }
            } catch (IOException e) {
                // the driver went away: stop as on end of input
            }
            commands.add("END");
            selector.wakeup();
        });
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        int closed = 0;
        while (true) {
            selector.select();
            for (String command; (command = commands.poll()) != null; ) {
                if (command.equals("END")) {
                    channels.forEach(Watchers::closeQuietly);
                    return;
                }
                if (command.equals("STATS")) {
                    stats(closed);
                }
            }
            var keys = selector.selectedKeys();
            for (SelectionKey key : keys) {
                int i = (Integer) key.attachment();
                SocketChannel channel = channels.get(i);
                FrameCounter counter = counters.get(i);
                try {
                    int n;
                    while ((n = channel.read(buffer)) > 0) {
                        buffer.flip();
                        counter.feed(buffer, pong -> write(channel, pong));
                        buffer.clear();
                    }
                    if (n < 0 || counter.closed) {
                        key.cancel();
                        closeQuietly(channel);
                        closed++;
                    }
                } catch (IOException e) {
                    key.cancel();
                    closeQuietly(channel);
                    closed++;
                }
            }
            keys.clear();
        }
    }

    private void stats(int closed) throws IOException {
        long frames = 0;
        long bytes = 0;
        long[] delta = new long[counters.size()];
        for (int i = 0; i < counters.size(); i++) {
            FrameCounter c = counters.get(i);
            frames += c.textFrames;
            bytes += c.payloadBytes;
            delta[i] = c.textFrames - framesAtLastStats[i];
            framesAtLastStats[i] = c.textFrames;
        }
        Arrays.sort(delta);
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf(Locale.ROOT, "STATS %d %d %d %d %d %d %d %d%n", frames, bytes, cpu, delta[0],
                delta[delta.length / 100], delta[delta.length / 2], closed, recvQueueBytes());
        System.out.flush();
    }

    /** The bytes the kernel holds unread for sockets from this process's address ({@code /proc/net/tcp}, rx_queue). */
    private long recvQueueBytes() throws IOException {
        long sum = 0;
        for (String line : Files.readAllLines(Path.of("/proc/net/tcp"))) {
            String[] f = line.trim().split("\\s+");
            // sl local_address rem_address st tx_queue:rx_queue ...
            if (f.length > 4 && f[1].startsWith(localHex + ":")) {
                sum += Long.parseLong(f[4].substring(f[4].indexOf(':') + 1), 16);
            }
        }
        return sum;
    }

    private static void write(SocketChannel channel, byte[] frame) {
        try {
            channel.write(ByteBuffer.wrap(frame)); // a pong of a few bytes: the send buffer has room
        } catch (IOException e) {
            // closed: the read that follows notices
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
