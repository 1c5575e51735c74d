package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Scenario 6: the JMH benchmarks of this module, forked once each; ns/op with the error JMH reports.
 * Warm-up, measurement and forks are set here, for every benchmark class alike.
 */
final class MicroScenario {

    ObjectNode run(boolean quick) throws Exception {
        var options = new OptionsBuilder()
                .include("org\\.panel4j\\.bench\\..*Benchmark")
                .forks(1)
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx512m")
                .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        ObjectNode node = Results.JSON.createObjectNode();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replace("org.panel4j.bench.", "");
            var score = r.getPrimaryResult();
            ObjectNode one = node.putObject(name);
            one.put("score", score.getScore());
            one.put("error", score.getScoreError());
            one.put("unit", score.getScoreUnit());
            System.out.printf("  %-45s %10.1f ± %.1f %s%n", name, score.getScore(), score.getScoreError(), score.getScoreUnit());
        }
        return node;
    }
}
