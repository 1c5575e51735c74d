package org.panel4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link Watchers} process started by the driver: its pages watch the server's updates, counted, not decoded. */
final class WatcherProcess implements AutoCloseable {

    /** One {@code STATS} answer: totals since the pages opened, per-page frames since the previous sample. */
    record Sample(long nanoTime, long frames, long bytes, long cpuNanos, long minFrames, long p1Frames,
                  long medianFrames, long closed, long recvQueueBytes) {}

    private final Process process;
    private final BufferedReader out;
    private final OutputStream in;
    final int pages;
    final double openSeconds;

    private WatcherProcess(Process process, BufferedReader out, int pages, double openSeconds) {
        this.process = process;
        this.out = out;
        this.in = process.getOutputStream();
        this.pages = pages;
        this.openSeconds = openSeconds;
    }

    /** Starts a watcher JVM opening {@code count} pages of {@code path} from {@code address}; returns once it holds them. */
    static WatcherProcess start(int port, String path, String address, int count) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ServerProcess.java(List.of("-Xmx512m", "-XX:+UseSerialGC"), Watchers.class.getName(),
                String.valueOf(port), address, String.valueOf(count), path))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("HELD ")) {
                String[] f = line.split(" ");
                return new WatcherProcess(process, out, Integer.parseInt(f[1]), Double.parseDouble(f[2]));
            }
            System.out.println("  [watchers] " + line);
        }
        throw new IllegalStateException("the watcher process exited before holding its pages: " + process.waitFor());
    }

    /** Asks the watchers for their counts. */
    Sample sample() throws IOException {
        in.write("STATS\n".getBytes(StandardCharsets.US_ASCII));
        in.flush();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("STATS ")) {
                String[] f = line.split(" ");
                long[] v = new long[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    v[i - 1] = Long.parseLong(f[i]);
                }
                return new Sample(System.nanoTime(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            }
            System.out.println("  [watchers] " + line);
        }
        throw new IllegalStateException("the watcher process exited");
    }

    @Override
    public void close() throws Exception {
        in.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor();
        }
    }
}
