package org.panel4j.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles a test page's {@code main} with TeaVM, as the module's build compiles the demo (the same
 * substitutions and plugin, found on the class path), into {@code target/site/<name>/app.js} next to an
 * {@code index.html} like the demo's, so the page loads the unchanged client through {@code ../inpage.js}.
 * Each page is compiled once per test JVM; a compile error fails with TeaVM's own report.
 */
final class PageBuild {

    private static final Map<String, Path> BUILT = new HashMap<>();

    private PageBuild() {}

    /** The site root ({@code target/site}, with {@code inpage.js} and {@code client/}) with {@code name} built in it. */
    static synchronized Path build(Class<?> main, String name) {
        Path root = Path.of("target", "site");
        if (BUILT.containsKey(name)) {
            return root;
        }
        if (!Files.isRegularFile(root.resolve("inpage.js"))) {
            throw new IllegalStateException(root + "/inpage.js is missing: build with mvn (process-classes copies it)");
        }
        Path dir = root.resolve(name);
        var log = new CollectingLog();
        var tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
        tool.setMainClass(main.getName());
        tool.setTargetDirectory(dir.toFile());
        tool.setTargetFileName("app.js");
        tool.setJsModuleType(JSModuleType.ES2015);
        tool.setObfuscated(true);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.SIMPLE);
        tool.setClassLoader(PageBuild.class.getClassLoader());
        tool.setLog(log);
        try {
            tool.generate();
        } catch (TeaVMToolException e) {
            throw new IllegalStateException("TeaVM failed on " + main.getName(), e);
        }
        if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
            TeaVMProblemRenderer.describeProblems(tool.getDependencyInfo().getCallGraph(), tool.getProblemProvider(), log);
            throw new IllegalStateException("TeaVM could not compile " + main.getName() + ":\n" + log.text);
        }
        try {
            Files.writeString(dir.resolve("index.html"), """
                    <!doctype html>
                    <html lang="en">
                    <head>
                    <meta charset="utf-8">
                    <title>%s (in the browser)</title>
                    <link rel="stylesheet" href="../client/panel4j.css">
                    <script type="application/json" id="p4j-boot">{"v":1,"token":"in-page","csrf":"in-page","ws":"in-page"}</script>
                    <script type="module" src="../inpage.js"></script>
                    </head>
                    <body>
                    <main id="p4j-root" class="p4j-root"></main>
                    </body>
                    </html>
                    """.formatted(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BUILT.put(name, dir);
        return root;
    }

    /** Keeps TeaVM's errors and warnings for the failure message. */
    private static final class CollectingLog implements TeaVMToolLog {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void info(String message) {}

        @Override
        public void debug(String message) {}

        @Override
        public void warning(String message) {
            text.append("warning: ").append(message).append('\n');
        }

        @Override
        public void error(String message) {
            text.append("error: ").append(message).append('\n');
        }

        @Override
        public void info(String message, Throwable throwable) {}

        @Override
        public void debug(String message, Throwable throwable) {}

        @Override
        public void warning(String message, Throwable throwable) {
            warning(message + ": " + throwable);
        }

        @Override
        public void error(String message, Throwable throwable) {
            error(message + ": " + throwable);
        }
    }
}
