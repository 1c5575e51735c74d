package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Scenario 5: from starting the server JVM to the first {@code /async_click} page answered with 200. */
final class ColdStartScenario {

    ObjectNode run(int runs) throws Exception {
        double[] millis = new double[runs];
        for (int r = 0; r < runs; r++) {
            int port = ServerProcess.freePort();
            var command = ServerProcess.java(List.of(), BenchServer.class.getName(), String.valueOf(port));
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                millis[r] = ServerProcess.millisToFirstPage(process, port, t0);
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
