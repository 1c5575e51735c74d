package org.panel4j.bench;

import java.net.InetAddress;
import java.util.List;

/**
 * A driver process holding idle pages for {@link ScaleScenario}: opens {@code count} {@code /async_click}
 * pages ({@link IdleSocket}s) on {@code port} from loopback address {@code address}, prints
 * {@code HELD count seconds}, and keeps them until its standard input closes. Its own process because a
 * process may hold only as many sockets as its open-file limit allows.
 */
public final class IdleHolder {

    private IdleHolder() {}

    /** {@code port address count}. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        InetAddress local = InetAddress.getByName(args[1]);
        int count = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        List<IdleSocket> held = ParallelOpens.open(count, () -> IdleSocket.open(port, "/async_click", local));
        System.out.printf("HELD %d %.3f%n", held.size(), (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold until the scenario closes our input
        }
        List.copyOf(held).forEach(IdleSocket::close);
    }
}
