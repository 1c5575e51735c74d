package org.panel4j.examples.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.panel4j.testkit.RedisProcess;
import org.panel4j.testkit.TempDirs;
import org.panel4j.testkit.Waits;

/**
 * nginx, Redis and two node JVMs ({@link ClusterNode}, through the {@code serve} command), all real
 * processes on free loopback ports in a private temp dir, no root needed. nginx runs the configuration
 * of docs/deploy.md verbatim but for the ports. {@link #missing()} says why the tests must skip.
 */
public final class Cluster implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START = Duration.ofSeconds(60);

    private final Path dir;
    public final RedisProcess redis;
    public final List<Node> nodes = new ArrayList<>();
    public final int port;
    private Process nginx;

    /** One node: its id, port and process (restartable). */
    public final class Node {
        public final String id;
        public final int port;
        Process process;

        Node(String id, int port) {
            this.id = id;
            this.port = port;
        }

        public void start() {
            var command = List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx256m", "-XX:+UseSerialGC", "-Dpanel4j.node=" + id, "-Dpanel4j.redis=" + redis.uri(),
                    "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(),
                    "--port", Integer.toString(port), "--node-id", id, "--trusted-proxy", "127.0.0.1",
                    "--allow-websocket-origin", origin(), "--drain-seconds", "20");
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(id + ".log").toFile())).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void awaitReady() {
            Waits.until(() -> status(port, "/health") == 200, START, "node " + id + " to answer /health");
        }

        /** kill -9. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }

        /** Waits until the process has exited (after a drain). */
        public void awaitExit() throws InterruptedException {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("node " + id + " did not exit; its log:\n" + log());
            }
        }

        /** SIGTERM: the node drains and exits. */
        public void terminate() {
            process.destroy();
        }

        public String log() {
            try {
                return Files.readString(dir.resolve(id + ".log"));
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    /** Null when the cluster can run here, else why not (a binary is missing). */
    public static String missing() {
        if (!Files.isExecutable(NGINX)) {
            return "nginx is not installed (" + NGINX + "); .ci/run installs it: apt-get install -y nginx";
        }
        if (!RedisProcess.available()) {
            return "redis-server is not installed (" + RedisProcess.BINARY + "); .ci/run installs it: apt-get install -y redis-server";
        }
        return null;
    }

    public Cluster() throws Exception {
        dir = Files.createTempDirectory("panel4j-cluster");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // nginx workers may drop root
        redis = RedisProcess.start(START);
        port = RedisProcess.freePort();
        nodes.add(new Node("n1", RedisProcess.freePort()));
        nodes.add(new Node("n2", RedisProcess.freePort()));
        nodes.forEach(Node::start);
        startNginx();
        nodes.forEach(Node::awaitReady);
        // nginx marks a node it could not reach as failed for 10 s (max_fails=1, fail_timeout=10s, its
        // defaults); its own start probe may have done that while the nodes were still starting
        Waits.until(() -> status(port, "/health") == 200, START, "nginx to reach a node");
    }

    /** The nginx configuration of docs/deploy.md with this cluster's ports. */
    static String deployConf(int nginx, int n1, int n2) throws IOException {
        String doc = Files.readString(docs().resolve("deploy.md"));
        Matcher block = Pattern.compile("```nginx\n(.*?)```", Pattern.DOTALL).matcher(doc);
        if (!block.find()) {
            throw new AssertionError("docs/deploy.md has no ```nginx block");
        }
        return block.group(1).replace("127.0.0.1:8080", "127.0.0.1:" + nginx)
                .replace("127.0.0.1:5101", "127.0.0.1:" + n1).replace("127.0.0.1:5102", "127.0.0.1:" + n2);
    }

    private static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("docs/decisions"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new AssertionError("no docs/ above " + Path.of("").toAbsolutePath());
        }
        return here.resolve("docs");
    }

    private void startNginx() throws IOException {
        Files.writeString(dir.resolve("panel4j.conf"), deployConf(port, nodes.get(0).port, nodes.get(1).port));
        // nginx's own main file (Debian's /etc/nginx/nginx.conf plays this part): where to keep its files
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                worker_rlimit_nofile 20000;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 10000; }   # 2,000 pages in the bench: two connections each
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/panel4j.conf;
                }
                """.formatted(dir));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Waits.until(() -> status(port, "/health") > 0, START, "nginx to answer");
    }

    /** nginx's error log (warnings and worse). */
    public String nginxLog() {
        try {
            return Files.readString(dir.resolve("error.log")) + Files.readString(dir.resolve("nginx.out"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** http://127.0.0.1:port of nginx. */
    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    public Node node(String id) {
        return nodes.stream().filter(n -> n.id.equals(id)).findFirst().orElseThrow();
    }

    /** The status of GET {@code path} on {@code port}, 0 if nothing answers. */
    static int status(int port, String path) {
        try {
            return get(port, path).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    /** GET {@code path} on {@code port}, the body as text. */
    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            if (node.process != null) {
                node.process.destroyForcibly();
            }
        }
        if (nginx != null) {
            nginx.destroy(); // SIGTERM: nginx's fast shutdown, workers included
            try {
                if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                    nginx.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        redis.close();
        TempDirs.deleteQuietly(dir);
    }
}
