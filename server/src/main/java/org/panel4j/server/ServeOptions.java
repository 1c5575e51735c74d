package org.panel4j.server;

import java.io.PrintWriter;
import java.util.Arrays;
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
 * The {@code serve} command's options, as parsed from its arguments (Apache Commons CLI: its Java 8
 * classes fit an AOT cache; issue 18, cold start, decision 0031). Each option
 * takes {@code --name value} or {@code --name=value}; the repeatable ones accumulate.
 */
record ServeOptions(
        boolean help,
        boolean version,
        int port,
        String address,
        List<String> origins,
        List<String> trustedProxies,
        List<String> hosts,
        List<String> imageSources,
        @Nullable String nodeId,
        int drainSeconds,
        @Nullable Integer metricsPort,
        String metricsAddress,
        boolean dev,
        boolean exitAfterWarmup) {

    private static final String DEFAULT_ADDRESS = "127.0.0.1";
    private static final int DEFAULT_DRAIN_SECONDS = (int) NodeConfig.DEFAULT.drainDeadline().toSeconds();

    private static final Options OPTIONS = new Options()
            .addOption(valued("port", "PORT", "The port (default: $PORT or 5006)."))
            .addOption(valued("address", "ADDRESS", "The address to bind (default: " + DEFAULT_ADDRESS + ")."))
            .addOption(valued("allow-websocket-origin", "ORIGIN",
                    "An origin (scheme://host[:port]) whose pages may connect; repeatable."))
            .addOption(valued("trusted-proxy", "ADDRESS",
                    "A reverse proxy (address or CIDR range) whose X-Forwarded-For names the client; repeatable."))
            .addOption(valued("allow-host", "NAME",
                    "A host name (or *.domain, or IP address) the server answers to besides localhost "
                    + "and the bound address; repeatable; added to $PANEL4J_ALLOWED_HOSTS (comma-separated)."))
            .addOption(valued("allow-image-source", "SOURCE",
                    "An origin (scheme://host[:port]) or scheme (https:) pages may load images from; repeatable."))
            .addOption(valued("node-id", "ID",
                    "This server's name as one node of several behind a reverse proxy (a-z, 0-9, -); "
                    + "sockets carry it so the proxy routes them here (docs/deploy.md)."))
            .addOption(valued("drain-seconds", "SECONDS",
                    "On SIGTERM, how long to wait for open pages to move to another node before stopping "
                    + "(default: " + DEFAULT_DRAIN_SECONDS + ")."))
            .addOption(valued("metrics-port", "PORT",
                    "Serve /metrics (only) on this port, bound to --metrics-address; needs a metrics exporter "
                    + "configured by the program (module panel4j-metrics, docs/deploy.md)."))
            .addOption(valued("metrics-address", "ADDRESS",
                    "The address the metrics port binds (default: " + MetricsConfig.NONE.address() + ")."))
            .addOption(Option.builder().longOpt("dev").hasArg().optionalArg(true).argName("true|false")
                    .desc("Dev mode: errors show the exception in the page; apps served "
                            + "from a catalog class reload when their compiled classes change (--dev alone: true).")
                    .get())
            .addOption(flag(null, "exit-after-warmup", "Start, request every app's page once over loopback, "
                    + "stop: the workload of an AOT training run (-XX:AOTCacheOutput, docs/deploy.md)."))
            .addOption(flag("h", "help", "Show this help message and exit."))
            .addOption(flag("V", "version", "Print version information and exit."));

    /** The options that may be given more than once. */
    private static final List<String> REPEATABLE =
            List.of("allow-websocket-origin", "trusted-proxy", "allow-host", "allow-image-source");

    ServeOptions {
        origins = List.copyOf(origins);
        trustedProxies = List.copyOf(trustedProxies);
        hosts = List.copyOf(hosts);
        imageSources = List.copyOf(imageSources);
    }

    /**
     * The options {@code args} give, the defaults for the rest.
     *
     * @throws IllegalArgumentException on a usage error: an unknown option, a missing or bad value, a
     *     single-valued option given twice, an argument that is no option; the message names it
     */
    static ServeOptions parse(String... args) {
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
        if (!line.getArgList().isEmpty()) {
            throw new IllegalArgumentException("Unexpected argument: '" + bounded(line.getArgList().getFirst())
                    + "' (serve takes options only)");
        }
        for (Option option : line.getOptions()) {
            String name = option.getLongOpt();
            if (!REPEATABLE.contains(name) && line.getOptionCount(name) > 1) {
                throw new IllegalArgumentException("Option '--" + name + "' should be given only once");
            }
        }
        return new ServeOptions(
                line.hasOption("help"),
                line.hasOption("version"),
                integer(line, "port", ServerConfig.defaultPort()),
                line.getOptionValue("address", DEFAULT_ADDRESS),
                values(line, "allow-websocket-origin"),
                values(line, "trusted-proxy"),
                values(line, "allow-host"),
                values(line, "allow-image-source"),
                line.getOptionValue("node-id"),
                integer(line, "drain-seconds", DEFAULT_DRAIN_SECONDS),
                line.hasOption("metrics-port") ? integer(line, "metrics-port", 0) : null,
                line.getOptionValue("metrics-address", MetricsConfig.NONE.address()),
                dev(line),
                line.hasOption("exit-after-warmup"));
    }

    /** Writes the usage: the syntax and every option with its description. */
    static void printUsage(PrintWriter out) {
        var formatter = HelpFormatter.builder().setShowSince(false).get();
        formatter.setOptionComparator(null);   // in the order above
        formatter.setSyntaxPrefix("Usage: ");
        formatter.printHelp(out, 100, "serve [OPTIONS]", "Serves panel4j apps.", OPTIONS,
                formatter.getLeftPadding(), formatter.getDescPadding(), null, false);
        out.flush();
    }

    private static Option valued(String name, String argName, String description) {
        return Option.builder().longOpt(name).hasArg().argName(argName).desc(description).get();
    }

    private static Option flag(@Nullable String shortName, String name, String description) {
        return Option.builder(shortName).longOpt(name).desc(description).get();
    }

    private static List<String> values(CommandLine line, String name) {
        String[] values = line.getOptionValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static int integer(CommandLine line, String name, int otherwise) {
        String value = line.getOptionValue(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for option '--" + name + "': '" + bounded(value)
                    + "' is not a whole number", e);
        }
    }

    /** {@code --dev} alone means true; {@code --dev=false} (or {@code --dev false}) turns it off. */
    private static boolean dev(CommandLine line) {
        if (!line.hasOption("dev")) {
            return false;
        }
        String value = line.getOptionValue("dev");
        if (value == null) {
            return true;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Invalid value for option '--dev': '" + bounded(value)
                    + "' is not true or false");
        };
    }

    /** An argument echoed in a message, cut at 40 characters. */
    private static String bounded(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
