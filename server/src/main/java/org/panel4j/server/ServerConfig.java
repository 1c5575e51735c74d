package org.panel4j.server;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.server.internal.ClientAddress;
import org.panel4j.session.SessionHost;

/**
 * The immutable configuration of a {@link PanelServer}, built through a {@link Builder} and
 * validated once in {@link Builder#build()}.
 *
 * @param port            the TCP port, 0 for any free one
 * @param address         the address to bind, e.g. {@code 127.0.0.1}
 * @param apps            app path ({@code /} or {@code /name}) to app, in order
 * @param handlers        path prefix to plain HTTP handler, in order (public ones are named in {@code access})
 * @param allowedOrigins  WebSocket origins allowed besides those of the allowed host names ({@link Builder#allowedHosts})
 * @param maxMessageSize  the largest client message in bytes; a larger one closes the socket (1009)
 * @param idleTimeout     a socket with no traffic this long is closed
 * @param writeTimeout    a write still pending this long closes the socket (the session survives)
 * @param reconnectGrace  how long a session waits for its page to (re)connect before it ends
 * @param tokenTtl        how long a page's token may open its first socket (and so start its session)
 * @param host            configures the sessions' host (clock, error handler)
 * @param limits          how many sessions and client messages the server takes, and how it keeps sockets alive
 * @param access          who may reach what (authentication, public routes, authorization)
 * @param browser         the host names the server answers to and where its pages may load images from
 * @param node            its node id behind a reverse proxy and how it drains (docs/deploy.md)
 * @param metrics         where it serves its metrics, if it does (docs/deploy.md, "Metrics")
 */
public record ServerConfig(int port, String address, Map<String, App> apps, Map<String, HttpHandler> handlers,
                           List<String> allowedOrigins, int maxMessageSize, Duration idleTimeout,
                           Duration writeTimeout, Duration reconnectGrace, Duration tokenTtl,
                           Consumer<SessionHost.Config.Builder> host, Limits limits, Access access,
                           BrowserPolicy browser, NodeConfig node, MetricsConfig metrics) {

    private static final Pattern NODE_ID = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern PATH = Pattern.compile("/|(/[A-Za-z0-9_.~-]+)+");
    private static final String HEALTH = "/health";
    private static final List<String> RESERVED = List.of(HEALTH, "/static");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IMAGE_SOURCE = Pattern.compile(
            "https?:|https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

    /** Copies the collections. */
    public ServerConfig {
        apps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(apps));
        handlers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(handlers));
        allowedOrigins = List.copyOf(allowedOrigins);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Builds a configuration: defaults, then {@code configure}, then validation. */
    public static ServerConfig of(Consumer<Builder> configure) {
        var builder = new Builder();
        configure.accept(builder);
        return builder.build();
    }

    /** The {@code $PORT} environment variable if set, else 5006. */
    public static int defaultPort() {
        String env = System.getenv("PORT");
        return env == null || env.isBlank() ? 5006 : Integer.parseInt(env.trim());
    }

    /**
     * The host names listed, comma-separated, in the {@code $PANEL4J_ALLOWED_HOSTS} environment
     * variable (empty if unset); the builder starts with them.
     */
    public static List<String> defaultAllowedHosts() {
        String env = System.getenv("PANEL4J_ALLOWED_HOSTS");
        return env == null ? List.of()
                : Arrays.stream(env.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Collects settings for a {@link ServerConfig}; every setter returns the builder. */
    public static final class Builder {
        private int port = defaultPort();
        private String address = "127.0.0.1";
        private final Map<String, App> apps = new LinkedHashMap<>();
        private final Map<String, HttpHandler> handlers = new LinkedHashMap<>();
        private final List<String> origins = new ArrayList<>();
        private int maxMessageSize = 1 << 20;
        private Duration idleTimeout = Duration.ofMinutes(5);
        private Duration writeTimeout = Duration.ofSeconds(10);
        private Duration reconnectGrace = Duration.ofSeconds(30);
        private Duration tokenTtl = Duration.ofSeconds(30);
        private Consumer<SessionHost.Config.Builder> host = b -> {};
        private boolean devMode;
        private int maxSessions = Limits.DEFAULT.maxSessions();
        private int maxSessionsPerAddress = Limits.DEFAULT.maxSessionsPerAddress();
        private int maxMessagesPerSecond = Limits.DEFAULT.maxMessagesPerSecond();
        private Duration pingInterval = Limits.DEFAULT.pingInterval();
        private final List<String> trustedProxies = new ArrayList<>();
        private Duration requestHeaderTimeout = Limits.DEFAULT.requestHeaderTimeout();
        private @Nullable Integer maxConnectionsPerAddress; // null: derived from maxSessionsPerAddress in build()
        private @Nullable Authenticator authenticator;
        private final Map<String, Authorizer> authorizers = new LinkedHashMap<>();
        private final Set<String> publicPaths = new LinkedHashSet<>();
        private final List<String> allowedHosts = new ArrayList<>(defaultAllowedHosts());
        private final List<String> imageSources = new ArrayList<>();
        private @Nullable String nodeId;
        private Duration drainDeadline = NodeConfig.DEFAULT.drainDeadline();
        private Duration drainQuietPeriod = NodeConfig.DEFAULT.quietPeriod();
        private @Nullable MetricsExporter metrics;
        private int metricsPort = MetricsConfig.NONE.port();
        private String metricsAddress = MetricsConfig.NONE.address();
        private @Nullable Authorizer metricsRule;

        Builder() {}

        /**
         * Names this server as one node of several behind a reverse proxy ({@code [a-z0-9-]}, 1 to 32
         * characters): each page's socket URL carries it as {@code ?node=…}, and the proxy routes the
         * socket to this node, which holds the page's session (docs/deploy.md). Default none.
         */
        public Builder nodeId(String value) {
            this.nodeId = Objects.requireNonNull(value, "nodeId");
            return this;
        }

        /**
         * Publishes the server's metrics through {@code exporter} (e.g. {@code PrometheusExporter} of module
         * {@code panel4j-metrics}), served at {@code /metrics} only where {@link #metricsPort} or
         * {@link #metricsOnMainPort} says (one of them is required). Default none.
         */
        public Builder metrics(MetricsExporter exporter) {
            this.metrics = Objects.requireNonNull(exporter, "exporter");
            return this;
        }

        /**
         * Serves {@code /metrics} (and nothing else) on a port of its own, without credentials, bound to
         * {@link #metricsAddress} (default {@code 127.0.0.1}); 0 picks a free one
         * ({@link PanelServer#metricsPort()}). Requests must name an allowed host, as on the main port.
         */
        public Builder metricsPort(int value) {
            this.metricsPort = value;
            return this;
        }

        /**
         * The address the {@link #metricsPort} binds; default {@code 127.0.0.1}. A scraper on another machine
         * needs the machine's address (or {@code 0.0.0.0}), and a firewall keeping the port from the public.
         */
        public Builder metricsAddress(String value) {
            this.metricsAddress = Objects.requireNonNull(value, "metricsAddress");
            return this;
        }

        /**
         * Also serves {@code /metrics} on the main port, to the users the {@link #authenticator} signs in and
         * {@code rule} admits (401 without credentials, 403 for others); needs an authenticator.
         */
        public Builder metricsOnMainPort(Authorizer rule) {
            this.metricsRule = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /** How long {@link PanelServer#drainAndStop()} waits for the pages to move before it stops anyway. Default 30 s. */
        public Builder drainDeadline(Duration value) {
            this.drainDeadline = Objects.requireNonNull(value, "drainDeadline");
            return this;
        }

        /** How long a page must have sent nothing before a draining server tells it to move. Default 300 ms. */
        public Builder drainQuietPeriod(Duration value) {
            this.drainQuietPeriod = Objects.requireNonNull(value, "drainQuietPeriod");
            return this;
        }

        /**
         * Also answers requests whose {@code Host} names one of {@code names} (no port; the port is not
         * checked), e.g. {@code dash.example.com}, an IP address, or {@code *.example.com} for every name
         * below it. Requests naming another host get 421: a page a foreign site points its own name at
         * (DNS rebinding) is never served. Always answered: {@code localhost}, {@code 127.0.0.1},
         * {@code [::1]} and the bound address (every address of the machine when bound to
         * {@code 0.0.0.0} or {@code ::}). Pages at these names may open WebSockets (see
         * {@link #allowWebSocketOrigin}). Default: {@code $PANEL4J_ALLOWED_HOSTS}.
         */
        public Builder allowedHosts(String... names) {
            for (String name : names) {
                allowedHosts.add(Objects.requireNonNull(name, "name"));
            }
            return this;
        }

        /**
         * Lets pages load images from {@code sources} besides this server and {@code data:} URLs (the
         * Content-Security-Policy's {@code img-src}), e.g. {@code https://picsum.photos} for
         * {@code JPG.fromUrl} of an image there, or {@code https:} for any HTTPS site. Images sent as
         * bytes need nothing. Default: none.
         */
        public Builder allowImageSources(String... sources) {
            for (String source : sources) {
                imageSources.add(Objects.requireNonNull(source, "source"));
            }
            return this;
        }

        /** The most live sessions the server keeps (a session counts once its socket connects); beyond, 503. Default 10,000. */
        public Builder maxSessions(int value) {
            this.maxSessions = value;
            return this;
        }

        /** The most live sessions of one client address (an IPv6 client's /64); beyond, 429. Default 100. */
        public Builder maxSessionsPerAddress(int value) {
            this.maxSessionsPerAddress = value;
            return this;
        }

        /**
         * Trusts the reverse proxies at {@code addresses} (each an address or CIDR range, e.g. {@code 127.0.0.1},
         * {@code 10.0.0.0/8}, {@code fd00::/8}): for a request coming directly from one of them, the client
         * address is the rightmost untrusted hop of {@code X-Forwarded-For} (or of {@code Forwarded} when that
         * is absent). From any other peer the headers are ignored. Default: none.
         */
        public Builder trustedProxies(String... addresses) {
            for (String address : addresses) {
                trustedProxies.add(Objects.requireNonNull(address, "address"));
            }
            return this;
        }

        /** The most client messages one session may send per second, over all its sockets (bursts up to as many); excess gets {@code rate_limited}. Default 50. */
        public Builder maxMessagesPerSecond(int value) {
            this.maxMessagesPerSecond = value;
            return this;
        }

        /**
         * How often the server pings each socket, so proxies (idle timeouts of 60 s are common) and the
         * {@link #idleTimeout} see traffic on a quiet page; at most half the idle timeout is used. Default 25 seconds.
         */
        public Builder pingInterval(Duration value) {
            this.pingInterval = Objects.requireNonNull(value, "pingInterval");
            return this;
        }

        /**
         * How long a client may take to send a request's line and headers, counted from its first byte, or
         * to send anything at all on a new connection; the connection is closed after (slowloris). WebSockets
         * are not affected once open ({@link #idleTimeout}). Default 10 seconds.
         */
        public Builder requestHeaderTimeout(Duration value) {
            this.requestHeaderTimeout = Objects.requireNonNull(value, "requestHeaderTimeout");
            return this;
        }

        /**
         * The most TCP connections open at once from one client address (an IPv6 client by its /64), HTTP and
         * WebSocket alike; one more is closed as soon as it is accepted. Every session's socket is one, so the
         * default follows {@link #maxSessionsPerAddress}: twice that, and at least 256. Behind a reverse proxy
         * every connection comes from the proxy: raise both.
         */
        public Builder maxConnectionsPerAddress(int value) {
            this.maxConnectionsPerAddress = value;
            return this;
        }

        /**
         * Requires every request the server answers to pass {@code value} (e.g. {@link BasicAuth}): pages,
         * socket upgrades, the index, {@code /health}, {@link #handler} routes and the client's static
         * files; only {@link #publicHandler} routes and a {@link #publicHealth} check answer without. Default none.
         */
        public Builder authenticator(Authenticator value) {
            this.authenticator = Objects.requireNonNull(value, "authenticator");
            return this;
        }

        /**
         * Lets only users {@code rule} allows open the app at {@code path}, or reach the {@link #handler}
         * route at that prefix (403 otherwise); needs an {@link #authenticator}.
         */
        public Builder authorize(String path, Authorizer rule) {
            authorizers.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** The TCP port; 0 picks a free one (read it back with {@link PanelServer#port()}). Default {@code $PORT} or 5006. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * The address to bind; default {@code 127.0.0.1}. It is an allowed host name; with {@code 0.0.0.0} or
         * {@code ::}, every address of the machine is (see {@link #allowedHosts}).
         */
        public Builder address(String value) {
            this.address = Objects.requireNonNull(value, "address");
            return this;
        }

        /** Serves {@code app} at {@code path} ({@code /} or {@code /name}); each page gets a new session. */
        public Builder app(String path, App app) {
            apps.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(app, "app"));
            return this;
        }

        /** Answers GET requests at {@code prefix} and below with {@code handler}; behind the {@link #authenticator} if one is set. */
        public Builder handler(String prefix, HttpHandler handler) {
            handlers.put(Objects.requireNonNull(prefix, "prefix"), Objects.requireNonNull(handler, "handler"));
            publicPaths.remove(prefix);
            return this;
        }

        /**
         * Answers GET requests at {@code prefix} and below with {@code handler} without asking for
         * credentials, even with an {@link #authenticator}: an explicit opt-out. Credentials sent anyway
         * are checked, and the handler sees the user ({@link HttpRequest#user()}) if they are valid.
         */
        public Builder publicHandler(String prefix, HttpHandler handler) {
            handler(prefix, handler);
            publicPaths.add(prefix);
            return this;
        }

        /**
         * Whether {@code /health} answers without credentials when an {@link #authenticator} is set, e.g.
         * for a load balancer; it then tells only {@code {"status":"UP"}}, and the session counts only to a
         * signed-in user. Default false: {@code /health} needs credentials like everything else.
         */
        public Builder publicHealth(boolean value) {
            if (value) {
                publicPaths.add(HEALTH);
            } else {
                publicPaths.remove(HEALTH);
            }
            return this;
        }

        /**
         * Also allows WebSockets from pages of {@code origin}, e.g. {@code http://host:8080}. Without it,
         * a socket opens from pages at an allowed host name ({@link #allowedHosts}) over http or https
         * on the server's port, or for configured names also on the scheme's default port (a reverse
         * proxy on 80 or 443); never from the origin the request's {@code Host} names.
         */
        public Builder allowWebSocketOrigin(String origin) {
            origins.add(Objects.requireNonNull(origin, "origin"));
            return this;
        }

        /** The largest client message in bytes; default 1 MiB. */
        public Builder maxMessageSize(int bytes) {
            this.maxMessageSize = bytes;
            return this;
        }

        /** How long a silent socket stays open; default 5 minutes. */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = Objects.requireNonNull(value, "idleTimeout");
            return this;
        }

        /** How long one write may stay pending before the socket is closed; default 10 seconds. */
        public Builder writeTimeout(Duration value) {
            this.writeTimeout = Objects.requireNonNull(value, "writeTimeout");
            return this;
        }

        /** How long a session waits for its page to (re)connect; default 30 seconds. */
        public Builder reconnectGrace(Duration value) {
            this.reconnectGrace = Objects.requireNonNull(value, "reconnectGrace");
            return this;
        }

        /**
         * How long a page's token may open its first socket; default 30 seconds. A page that has not
         * connected holds nothing on the server; once this passes its socket is refused (403) and the
         * page must be reloaded.
         */
        public Builder tokenTtl(Duration value) {
            this.tokenTtl = Objects.requireNonNull(value, "tokenTtl");
            return this;
        }

        /**
         * Dev mode: a failing callback shows the user its exception's class and message besides the
         * error reference. Off by default: a page shows a plain message with the reference only and
         * the log has the details ({@link SessionHost.Config.Builder#devMode}).
         */
        public Builder devMode(boolean value) {
            this.devMode = value;
            return this;
        }

        /** Configures the sessions' host: clock, error handler, fan-out workers. */
        public Builder sessionHost(Consumer<SessionHost.Config.Builder> configure) {
            this.host = Objects.requireNonNull(configure, "configure");
            return this;
        }

        private static Consumer<SessionHost.Config.Builder> withDevMode(Consumer<SessionHost.Config.Builder> host,
                                                                       boolean devMode) {
            return devMode ? host.andThen(b -> b.devMode(true)) : host;
        }

        /** Validates and builds. @throws IllegalArgumentException naming the first bad setting */
        public ServerConfig build() {
            check(port >= 0 && port <= 65535, "port must be between 0 and 65535, not " + port);
            check(!address.isBlank(), "address must not be blank");
            check(!apps.isEmpty(), "at least one app is needed (config.app(\"/\", app))");
            for (String path : apps.keySet()) {
                checkPath("app", path);
                check(!path.endsWith("/ws"), "app path must not end with /ws, not " + path);
            }
            for (String prefix : handlers.keySet()) {
                checkPath("handler", prefix);
                check(!prefix.equals("/") && !apps.containsKey(prefix), "handler path must not be / or an app path, not " + prefix);
            }
            origins.forEach(Builder::checkOrigin);
            check(maxMessageSize >= 1024, "maxMessageSize must be at least 1024, not " + maxMessageSize);
            check(nodeId == null || NODE_ID.matcher(nodeId).matches(),
                    "nodeId must be 1 to 32 of a-z, 0-9 and -, not '" + nodeId + "'");
            for (Duration d : List.of(idleTimeout, writeTimeout, reconnectGrace, tokenTtl, pingInterval, requestHeaderTimeout,
                    drainDeadline, drainQuietPeriod)) {
                check(d.isPositive(), "timeouts must be positive, not " + d);
            }
            check(maxSessions >= 1, "maxSessions must be at least 1, not " + maxSessions);
            check(maxSessionsPerAddress >= 1 && maxSessionsPerAddress <= maxSessions,
                    "maxSessionsPerAddress must be between 1 and maxSessions, not " + maxSessionsPerAddress);
            check(maxMessagesPerSecond >= 1, "maxMessagesPerSecond must be at least 1, not " + maxMessagesPerSecond);
            try {
                new ClientAddress(trustedProxies);
            } catch (IllegalArgumentException e) {
                check(false, "trustedProxies: " + e.getMessage());
            }
            int connections = maxConnectionsPerAddress != null ? maxConnectionsPerAddress
                    : Math.max(Limits.DEFAULT.maxConnectionsPerAddress(), 2 * maxSessionsPerAddress);
            check(connections >= 1, "maxConnectionsPerAddress must be at least 1, not " + connections);
            for (String path : authorizers.keySet()) {
                check(apps.containsKey(path) || handlers.containsKey(path), "authorize names no app or handler: " + path);
                check(!publicPaths.contains(path), "authorize names a public handler: " + path);
            }
            check(authorizers.isEmpty() || authenticator != null, "authorize needs an authenticator");
            var handlers = new LinkedHashMap<>(this.handlers);
            var authorizers = new LinkedHashMap<>(this.authorizers);
            MetricsConfig metricsConfig = metrics(handlers, authorizers);
            allowedHosts.forEach(name -> check(HOST_NAME.matcher(name).matches(),
                    "allowedHosts must be a host name, *.name or an IP address without port, not '" + name + "'"));
            imageSources.forEach(source -> check(IMAGE_SOURCE.matcher(source).matches(),
                    "allowImageSources must be scheme://host[:port] or a scheme such as https:, not '" + source + "'"));
            return new ServerConfig(port, address, apps, handlers, origins, maxMessageSize, idleTimeout,
                    writeTimeout, reconnectGrace, tokenTtl, withDevMode(host, devMode),
                    new Limits(maxSessions, maxSessionsPerAddress, maxMessagesPerSecond, pingInterval,
                            requestHeaderTimeout, connections, trustedProxies),
                    new Access(authenticator, authorizers, publicPaths), new BrowserPolicy(allowedHosts, imageSources),
                    new NodeConfig(nodeId, drainDeadline, drainQuietPeriod), metricsConfig);
        }

        /** Checks the metrics settings; with a main-port rule, adds {@code /metrics} to the guarded routes. */
        private MetricsConfig metrics(Map<String, HttpHandler> handlers, Map<String, Authorizer> authorizers) {
            boolean served = metricsPort >= 0 || metricsRule != null;
            check(metrics == null || served, "metrics needs metricsPort or metricsOnMainPort: where to serve /metrics");
            check(metrics != null || !served, "metricsPort and metricsOnMainPort need metrics(exporter)");
            check(metricsPort >= -1 && metricsPort <= 65535, "metricsPort must be between 0 and 65535, not " + metricsPort);
            check(metricsPort <= 0 || metricsPort != port, "metricsPort must differ from port, not " + metricsPort);
            check(!metricsAddress.isBlank(), "metricsAddress must not be blank");
            if (metrics == null) {
                return MetricsConfig.NONE;
            }
            if (metricsRule != null) {
                check(authenticator != null, "metricsOnMainPort needs an authenticator");
                check(!apps.containsKey(MetricsConfig.PATH) && !handlers.containsKey(MetricsConfig.PATH),
                        "metricsOnMainPort: " + MetricsConfig.PATH + " is already an app or handler path");
                handlers.put(MetricsConfig.PATH, metrics);
                authorizers.put(MetricsConfig.PATH, metricsRule);
            }
            return new MetricsConfig(metrics, metricsPort, metricsAddress, metricsRule);
        }

        private static void checkPath(String what, String path) {
            check(PATH.matcher(path).matches(), what + " path must be / or /name (letters, digits, _.~-), not '" + path + "'");
            for (String reserved : RESERVED) {
                check(!path.equals(reserved) && !path.startsWith(reserved + "/"), what + " path " + path + " is reserved");
            }
        }

        private static void checkOrigin(String origin) {
            URI uri;
            try {
                uri = URI.create(origin);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("allowWebSocketOrigin must be scheme://host[:port], not '" + origin + "'");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            check((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null,
                    "allowWebSocketOrigin must be scheme://host[:port] with no path, not '" + origin + "'");
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException("ServerConfig." + message);
            }
        }
    }
}
