package org.panel4j.convert;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code convert} command's arguments, as parsed (Apache Commons CLI, like {@code serve}; decision
 * 0031). Each option takes {@code --name value} or {@code --name=value}; the APP arguments may come
 * before, between or after them.
 *
 * @param help whether {@code --help} was given (then nothing else is checked)
 * @param apps the apps to convert, in order; at least one unless {@code help}
 * @param target what TeaVM compiles to
 * @param out the site's folder; {@code null} only with {@code help}
 * @param title the index page's title
 */
record ConvertOptions(boolean help, List<AppSpec> apps, Target target, @Nullable Path out, String title) {

    private static final String DEFAULT_TITLE = "panel4j apps";

    private static final Options OPTIONS = new Options()
            .addOption(valued(null, "target", "js|wasm",
                    "js (JavaScript, every browser) or wasm (WebAssembly GC). Default: js."))
            .addOption(valued("o", "out", "FOLDER",
                    "Where to write the site: a new or empty folder, or one an earlier convert wrote. Required."))
            .addOption(valued(null, "title", "TITLE", "The index page's title. Default: " + DEFAULT_TITLE + "."))
            .addOption(Option.builder("h").longOpt("help").desc("Show this help message and exit.").get());

    ConvertOptions {
        apps = List.copyOf(apps);
    }

    /**
     * The arguments {@code args} give, the defaults for the rest.
     *
     * @throws IllegalArgumentException on a usage error: an unknown option, a missing or bad value, an
     *     option given twice, a malformed APP, no APP, no {@code --out}; the message names it
     */
    static ConvertOptions parse(String... args) {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(OPTIONS, args);
        } catch (UnrecognizedOptionException e) {
            throw new IllegalArgumentException("Unknown option: '" + bounded(e.getOption()) + "'", e);
        } catch (MissingArgumentException e) {
            Option option = e.getOption();
            throw new IllegalArgumentException("Missing value for option '--" + option.getLongOpt() + "' ("
                    + option.getArgName() + ")", e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        for (Option option : line.getOptions()) {
            if (line.getOptionCount(option.getLongOpt()) > 1) {
                throw new IllegalArgumentException("Option '--" + option.getLongOpt() + "' should be given only once");
            }
        }
        String title = line.getOptionValue("title", DEFAULT_TITLE);
        if (line.hasOption("help")) {
            return new ConvertOptions(true, List.of(), Target.JS, null, title);
        }
        List<AppSpec> apps = new ArrayList<>();
        for (String app : line.getArgList()) {
            try {
                apps.add(AppSpec.parse(app));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid value for APP '" + bounded(app) + "': " + e.getMessage(), e);
            }
        }
        if (apps.isEmpty()) {
            throw new IllegalArgumentException("Missing required parameter: 'APP'");
        }
        if (!line.hasOption("out")) {
            throw new IllegalArgumentException("Missing required option: '--out=FOLDER'");
        }
        return new ConvertOptions(false, apps, target(line.getOptionValue("target", "js")), out(line.getOptionValue("out")),
                title);
    }

    /** Writes the usage: the syntax, the APP argument and every option with its description. */
    static void printUsage(PrintWriter out) {
        var formatter = HelpFormatter.builder().setShowSince(false).get();
        formatter.setOptionComparator(null);   // in the order above
        formatter.setSyntaxPrefix("Usage: ");
        formatter.printHelp(out, 100, "convert [OPTIONS] APP...",
                "Compiles panel4j apps with TeaVM into a static site that runs them in the page, with no server.\n"
                        + "APP: [name=]class[::method]: a class with public static App app() or a main calling"
                        + " InPage.run, or a public static method returning the App. The name is the app's folder"
                        + " (default: the class's simple name in snake case).",
                OPTIONS, formatter.getLeftPadding(), formatter.getDescPadding(), null, false);
        out.flush();
    }

    private static Target target(String value) {
        try {
            return Target.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--target must be js or wasm, not '" + bounded(value) + "'", e);
        }
    }

    private static Path out(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Invalid value for option '--out': '" + bounded(value)
                    + "' is not a path (" + e.getReason() + ")", e);
        }
    }

    private static Option valued(@Nullable String shortName, String name, String argName, String description) {
        return Option.builder(shortName).longOpt(name).hasArg().argName(argName).desc(description).get();
    }

    private static String bounded(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
