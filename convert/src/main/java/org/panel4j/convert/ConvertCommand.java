package org.panel4j.convert;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.teavm.tooling.ConsoleTeaVMToolLog;

/**
 * {@code convert}: compiles apps on the class path with TeaVM into a static site that runs them in the
 * page, with no server (Panel's {@code panel convert}; docs/browser.md):
 * <pre>
 * java -cp "app.jar:&lt;panel4j-convert and its dependencies&gt;" org.panel4j.convert.ConvertCommand \
 *     --target wasm --out site com.example.MyApp dashboard=com.example.Apps::dashboard
 * </pre>
 * {@code convert --help} lists the options; each takes {@code --name value} or {@code --name=value}.
 * Exit codes: 0 written (or help shown), 1 the apps could not be converted (the message says why), 2 bad
 * arguments (the error and the usage on standard error).
 */
public final class ConvertCommand {

    /** The command. */
    public ConvertCommand() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(new ConvertCommand().execute(args));
    }

    /**
     * Runs the command: parses {@code args}, then converts. Returns the exit code: 0 once the site is
     * written or after {@code --help} (on standard output); 2 on a usage error (the error and the usage on
     * standard error, nothing written); 1 if the apps could not be converted ({@code convert: } and why,
     * on standard error).
     */
    public int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** {@link #execute(String...)} printing help, results and errors on {@code out} and {@code err}. */
    int execute(PrintWriter out, PrintWriter err, String... args) {
        ConvertOptions options;
        try {
            options = ConvertOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            ConvertOptions.printUsage(err);
            return 2;
        }
        if (options.help()) {
            ConvertOptions.printUsage(out);
            return 0;
        }
        long started = System.nanoTime();
        try {
            List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank()).map(Path::of).toList();
            Converter.Site site = Converter.convert(options.apps(), options.target(),
                    Objects.requireNonNull(options.out()), options.title(), classPath,
                    Thread.currentThread().getContextClassLoader(), new ConsoleTeaVMToolLog(false));
            out.printf("convert: %s written to %s (%s, %,d bytes) in %.1f s%n",
                    String.join(", ", site.apps()), site.folder(), site.compiled().getFileName(),
                    Files.size(site.compiled()), (System.nanoTime() - started) / 1e9);
            out.flush();
            return 0;
        } catch (ConvertException e) {
            err.println("convert: " + e.getMessage());
        } catch (IOException e) {
            err.println("convert: " + e);
        } catch (RuntimeException e) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
