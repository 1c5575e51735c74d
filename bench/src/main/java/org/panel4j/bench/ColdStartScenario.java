package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Scenario 5: from starting the server JVM to the first {@code /async_click} page answered with 200. */
final class ColdStartScenario {

    ObjectNode run(int runs) throws Exception {
        double[] millis = new double[runs];
        for (int r = 0; r < runs; r++) {
            int port = ServerProcess.freePort();
            var command = ServerProcess.java(List.of(), BenchServer.class.getName(), String.valueOf(port));
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/async_click")).build();
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                while (true) {
                    try {
                        if (ServerProcess.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            break;
                        }
                    } catch (ConnectException e) {
                        Thread.sleep(2);
                    }
                    if (System.nanoTime() - t0 > 30_000_000_000L) {
                        throw new IllegalStateException("the server did not serve a page within 30 s");
                    }
                }
                millis[r] = (System.nanoTime() - t0) / 1e6;
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        ObjectNode node = Results.JSON.createObjectNode();
        node.set("firstPageMs", Results.median(millis));
        System.out.printf("  cold start to first page: median %.0f ms (%s)%n", node.get("firstPageMs").get("median").asDouble(),
                node.get("firstPageMs").get("runs"));
        return node;
    }
}
