package org.panel4j.convert;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teavm.tooling.ConsoleTeaVMToolLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert}: compiles apps on the class path with TeaVM into a static site that runs them in the
 * page, with no server (Panel's {@code panel convert}; docs/browser.md):
 * <pre>
 * java -cp "app.jar:&lt;panel4j-convert and its dependencies&gt;" org.panel4j.convert.ConvertCommand \
 *     --target wasm --out site com.example.MyApp dashboard=com.example.Apps::dashboard
 * </pre>
 * Exit codes: 0 written, 1 the apps could not be converted (the message says why), 2 bad arguments.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compiles panel4j apps with TeaVM into a static site that runs them in the page, with no server.")
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "APP", converter = AppSpecConverter.class,
            description = "[name=]class[::method]: a class with public static App app() or a main calling"
                    + " InPage.run, or a public static method returning the App. The name is the app's folder"
                    + " (default: the class's simple name in snake case).")
    private List<AppSpec> apps;

    @Option(names = "--target", defaultValue = "js", paramLabel = "js|wasm",
            description = "js (JavaScript, every browser) or wasm (WebAssembly GC). Default: ${DEFAULT-VALUE}.")
    private String target;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FOLDER",
            description = "Where to write the site: a new or empty folder, or one an earlier convert wrote.")
    private Path out;

    @Option(names = "--title", defaultValue = "panel4j apps", description = "The index page's title.")
    private String title;

    /** The command, for picocli. */
    public ConvertCommand() {}

    @Override
    public Integer call() {
        Target chosen;
        try {
            chosen = Target.valueOf(target.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--target must be js or wasm, not '" + bounded(target) + "'");
        }
        long started = System.nanoTime();
        try {
            List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank()).map(Path::of).toList();
            Converter.Site site = Converter.convert(apps, chosen, out, title, classPath,
                    Thread.currentThread().getContextClassLoader(), new ConsoleTeaVMToolLog(false));
            spec.commandLine().getOut().printf("convert: %s written to %s (%s, %,d bytes) in %.1f s%n",
                    String.join(", ", site.apps()), site.folder(), site.compiled().getFileName(),
                    Files.size(site.compiled()), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (ConvertException e) {
            spec.commandLine().getErr().println("convert: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("convert: " + e);
            return 1;
        }
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ConvertCommand()).execute(args));
    }

    private static String bounded(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** Parses {@code [name=]class[::method]}, its errors reported as picocli's. */
    static final class AppSpecConverter implements CommandLine.ITypeConverter<AppSpec> {

        @Override
        public AppSpec convert(String value) {
            try {
                return AppSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
