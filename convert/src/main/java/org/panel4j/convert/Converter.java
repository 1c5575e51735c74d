package org.panel4j.convert;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles apps with TeaVM and writes the static site that runs them in the page (docs/browser.md):
 * <pre>
 * index.html            the apps, listed
 * app.js | app.wasm     the apps, core and what they reach, compiled once for all of them
 * inpage.js             the in-page socket; loads the compiled apps, then the client
 * teavm/                TeaVM's WebAssembly loader (wasm only)
 * client/               the browser client, as the server serves it
 * static/&lt;library&gt;/    the WebJar files the apps' views import (uPlot for Figure, ...), only those reached
 * &lt;name&gt;/index.html     each app's page
 * .panel4j-site         marks the folder as a site this command may write again
 * </pre>
 */
public final class Converter {

    /** The file that marks a folder as written by this command, so a later run may replace it. */
    public static final String MARKER = ".panel4j-site";

    private static final String SITE_FILES = "org/panel4j/browser/site/";
    private static final String WASM_RUNTIME = "org/teavm/backend/wasm/wasm-gc-module-runtime.min.js";

    private Converter() {}

    /**
     * What a conversion wrote.
     *
     * @param folder the site
     * @param compiled the compiled apps ({@code app.js} or {@code app.wasm})
     * @param apps the apps' names, each a folder of the site
     * @param libraries the view libraries copied under {@code static/}
     */
    public record Site(Path folder, Path compiled, List<String> apps, List<String> libraries) {}

    /**
     * Checks {@code specs} against {@code loader}'s classes, compiles them for {@code target} and writes the
     * site to {@code out} (which must be new, empty, or a site this command wrote). TeaVM reads the classes
     * from {@code classPath} alone (the apps, panel4j, TeaVM's class library: the JDK's own classes stay
     * hidden, so a JDK class TeaVM lacks is reported as missing rather than compiled from the JDK);
     * {@code loader} must see the same classes, for the checks, TeaVM's plugins and the site's files.
     *
     * @throws ConvertException if an app is not one, names repeat, {@code out} holds something else, or
     *         TeaVM reports errors (its messages included)
     */
    public static Site convert(List<AppSpec> specs, Target target, Path out, String title, List<Path> classPath,
            ClassLoader loader, TeaVMToolLog log) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(title, "title");
        List<AppEntry> apps = resolve(specs, loader);
        prepare(out);
        Path generated = null;
        try {
            String mainClass;
            List<Path> compiledPath = new ArrayList<>(classPath);
            ClassLoader compileLoader = loader;
            if (apps.getFirst().factory() == null) {
                mainClass = apps.getFirst().spec().className();
            } else {
                generated = Files.createTempDirectory("panel4j-convert");
                SiteMain.write(apps, generated);
                mainClass = SiteMain.CLASS_NAME;
                compiledPath.add(generated);
                compileLoader = new URLClassLoader(new URL[] {url(generated)}, loader);
            }
            Set<String> classes = compile(mainClass, target, out, compiledPath, compileLoader, log);
            return write(apps, target, out, title, loader, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (generated != null) {
                delete(generated);
            }
        }
    }

    static List<AppEntry> resolve(List<AppSpec> specs, ClassLoader loader) {
        if (specs.isEmpty()) {
            throw new ConvertException("no app to convert");
        }
        Set<String> names = new HashSet<>();
        List<AppEntry> apps = new ArrayList<>();
        for (AppSpec spec : specs) {
            if (!names.add(spec.name())) {
                throw new ConvertException("two apps are named '" + spec.name() + "': name them, as name=class");
            }
            apps.add(AppEntry.resolve(spec, loader));
        }
        if (apps.size() > 1 && apps.stream().anyMatch(app -> app.factory() == null)) {
            throw new ConvertException("an app with its own main (" + apps.stream().filter(app -> app.factory() == null)
                    .findFirst().orElseThrow().spec().className() + ") is converted alone; to convert several apps"
                    + " into one site, name for each a static method returning the app");
        }
        return apps;
    }

    /** Makes {@code out} a folder holding only the marker: new, empty, or an earlier site of this command (cleared). */
    static void prepare(Path out) {
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new ConvertException(out + " is a file, not a folder");
            }
            if (Files.isDirectory(out)) {
                boolean empty;
                try (var entries = Files.list(out)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty && !Files.isRegularFile(out.resolve(MARKER))) {
                    throw new ConvertException(out + " is not empty and is no site written by convert (no " + MARKER
                            + "): name a new or empty folder");
                }
                if (!empty) {
                    try (var entries = Files.list(out)) {
                        entries.forEach(Converter::delete);
                    }
                }
            }
            Files.createDirectories(out);
            // first: a conversion that fails half way leaves a folder the next run may replace
            Files.writeString(out.resolve(MARKER), "written by panel4j's convert command; it may replace this folder\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> compile(String mainClass, Target target, Path out, List<Path> classPath,
            ClassLoader loader, TeaVMToolLog log) {
        var tool = new TeaVMTool();
        tool.setLog(log);
        tool.setClassLoader(loader);
        tool.setClassPath(classPath.stream().map(Path::toFile).toList());
        tool.setMainClass(mainClass);
        tool.setTargetType(target.teavm());
        tool.setTargetDirectory(out.toFile());
        tool.setTargetFileName(target.fileName());
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        if (target == Target.JS) {
            tool.setJsModuleType(JSModuleType.ES2015);
            tool.setObfuscated(true);
        }
        try {
            tool.generate();
        } catch (TeaVMToolException e) {
            throw new ConvertException("TeaVM failed: " + e.getMessage(), e);
        }
        if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
            var problems = new ProblemLog();
            TeaVMProblemRenderer.describeProblems(tool.getDependencyInfo().getCallGraph(), tool.getProblemProvider(),
                    problems);
            throw new ConvertException("TeaVM cannot compile the app for the page (docs/browser.md, Limits):\n"
                    + problems.text().strip());
        }
        return new HashSet<>(tool.getClasses());
    }

    private static Site write(List<AppEntry> apps, Target target, Path out, String title, ClassLoader loader,
            Set<String> classes) throws IOException {
        var files = new ClassPathFiles(loader);
        files.copyFile(SITE_FILES + "inpage.js", out.resolve("inpage.js"));
        files.copyFolder(SITE_FILES + "client/", SITE_FILES + "inpage.js", out.resolve("client"));
        if (target == Target.WASM) {
            files.copyFile(WASM_RUNTIME, out.resolve("teavm/wasm-gc-module-runtime.min.js"));
        }
        List<String> libraries = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        for (ViewLibrary library : ViewLibrary.values()) {
            if (!classes.contains(library.viewClass())) {
                continue;
            }
            libraries.add(library.folder());
            String from = library.resourceFolder(loader);
            for (String file : library.files()) {
                String path = "static/" + library.folder() + "/" + file;
                files.copyFile(from + file, out.resolve(path));
                if (file.endsWith(".css")) {
                    styles.add(path);
                }
            }
        }
        List<String> names = apps.stream().map(app -> app.spec().name()).toList();
        for (String name : names) {
            Path page = out.resolve(name).resolve("index.html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, SitePages.app(name, name, target.fileName(), styles));
        }
        Files.writeString(out.resolve("index.html"), SitePages.index(title, names, target));
        return new Site(out, out.resolve(target.fileName()), names, libraries);
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path path) {
        try (var paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects TeaVM's problem descriptions. */
    private static final class ProblemLog implements TeaVMToolLog {

        private final StringBuilder text = new StringBuilder();

        String text() {
            return text.toString();
        }

        @Override
        public void info(String message) {
            text.append(message).append('\n');
        }

        @Override
        public void debug(String message) {}

        @Override
        public void warning(String message) {
            text.append(message).append('\n');
        }

        @Override
        public void error(String message) {
            text.append(message).append('\n');
        }

        @Override
        public void info(String message, Throwable e) {
            info(message);
        }

        @Override
        public void debug(String message, Throwable e) {}

        @Override
        public void warning(String message, Throwable e) {
            warning(message);
        }

        @Override
        public void error(String message, Throwable e) {
            error(message);
        }
    }
}
