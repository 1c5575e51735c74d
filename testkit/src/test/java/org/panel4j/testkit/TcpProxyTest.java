package org.panel4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The proxy through real loopback sockets: forwards, passes a close on, cuts with a reset, refuses while down. */
class TcpProxyTest {

    /** Answers each line with the same line; closes normally after "bye". */
    private final ServerSocket echo;
    private final TcpProxy proxy;

    TcpProxyTest() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serveEcho);
        proxy = new TcpProxy(echo.getLocalPort());
    }

    private void serveEcho() {
        while (!echo.isClosed()) {
            try {
                Socket socket = echo.accept();
                Thread.ofVirtual().start(() -> {
                    try (socket; var in = reader(socket); var out = new PrintWriter(socket.getOutputStream(), true)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            out.println(line);
                            if (line.equals("bye")) {
                                return;
                            }
                        }
                    } catch (IOException e) {
                        // the proxy cut it
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private Socket connect() throws IOException {
        var socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String line) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void forwardsBothWays_andPassesTheServersNormalCloseOn() throws IOException {
        try (var socket = connect(); var in = reader(socket)) {
            send(socket, "hello");
            assertThat(in.readLine()).isEqualTo("hello");
            send(socket, "bye");
            assertThat(in.readLine()).isEqualTo("bye");
            assertThat(in.read()).as("the server's close, passed on").isEqualTo(-1);
        }
    }

    @Test
    void cut_resetsOpenConnections_andNewOnesAreForwarded() throws IOException {
        try (var socket = connect(); var in = reader(socket)) {
            send(socket, "hello");
            assertThat(in.readLine()).as("forwarded").isEqualTo("hello");
            proxy.cut();
            assertThatThrownBy(in::read).isInstanceOf(SocketException.class);
        }
        try (var socket = connect(); var in = reader(socket)) {
            send(socket, "again");
            assertThat(in.readLine()).isEqualTo("again");
        }
    }

    @Test
    void down_resetsNewConnections_untilUp() throws IOException {
        proxy.down();
        try (var socket = connect(); var in = reader(socket)) {
            assertThatThrownBy(in::read).isInstanceOf(SocketException.class);
        }
        proxy.up();
        try (var socket = connect(); var in = reader(socket)) {
            send(socket, "up");
            assertThat(in.readLine()).isEqualTo("up");
        }
    }

    @Test
    void urlAndOrigin_nameTheProxysPort() {
        assertThat(proxy.origin()).isEqualTo("http://127.0.0.1:" + proxy.port());
        assertThat(proxy.url("/app")).isEqualTo("http://127.0.0.1:" + proxy.port() + "/app");
    }
}
