package org.panel4j.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.PanelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's connection to Redis, through which every node shares {@link ClusterValue}s (docs/deploy.md,
 * "Values shared by every node"). Two connections: one publishes (a script sets the latest value and
 * publishes it, atomically, with a version Redis counts), one receives. Both reconnect by themselves
 * (every 50 ms to 1 s); after a reconnect every value reads its latest again. Nothing waits for Redis:
 * a publish while Redis is down fails at once and is sent again once it is back.
 *
 * {@snippet :
 * RedisValues redis = RedisValues.connect("redis://127.0.0.1:6379");
 * ClusterValue<String> banner = redis.value("banner", String.class, "");
 * App app = session -> {
 *     var text = new StaticText();
 *     banner.bind(session, text::setValue);
 *     return new Row(text);
 * };
 * // on any node: banner.set("Maintenance at 22:00");
 * }
 */
public final class RedisValues implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisValues.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    static final String PREFIX = "panel4j:value:";
    /**
     * KEYS: version counter, latest, channel; ARGV: the JSON value. Returns the version. A new counter
     * starts at Redis' clock in microseconds (written as text: a Lua number would print as 1.7e+15), so versions keep growing across a restart that lost the data.
     */
    private static final String PUBLISH = """
            if redis.call('EXISTS', KEYS[1]) == 0 then
              local now = redis.call('TIME')
              redis.call('SET', KEYS[1], now[1] .. string.sub('000000' .. now[2], -6))
            end
            local version = redis.call('INCR', KEYS[1])
            local message = redis.call('GET', KEYS[1]) .. ' ' .. ARGV[1]
            redis.call('SET', KEYS[2], message)
            redis.call('PUBLISH', KEYS[3], message)
            return version
            """;
    /** KEYS: lease; ARGV: holder, ms. 1 if the caller holds the lease (taken or kept), else 0. */
    private static final String LEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            return 0
            """;

    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final Map<String, ClusterValue<?>> values = new ConcurrentHashMap<>();
    private final String holder = java.util.UUID.randomUUID().toString();

    private RedisValues(String uri) {
        this.resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, RedisURI.create(uri));
        // commands fail at once while Redis is away (nothing queues or waits); values are sent again on reconnect
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        try {
            this.commands = client.connect();
            this.pubSub = client.connectPubSub();
        } catch (RuntimeException e) {
            client.shutdown();
            resources.shutdown();
            throw new PanelException("Redis at " + uri + " did not answer: " + e.getMessage(), e);
        }
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                ClusterValue<?> value = values.get(channel.substring(PREFIX.length()));
                if (value != null) {
                    value.received(message);
                }
            }
        });
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                if (connection == pubSub) {
                    LOG.info("Redis is back: shared values read their latest again");
                    values.values().forEach(ClusterValue::resync);
                    // and once more after Lettuce has subscribed again: a value published in between is not missed
                    CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS)
                            .execute(() -> values.values().forEach(ClusterValue::resync));
                }
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (connection == pubSub) {
                    LOG.warn("Redis is away: shared values keep their last value and reconnect");
                }
            }
        });
    }

    /**
     * Whether both links to Redis (commands and pub/sub) are up now; false while Lettuce reconnects. For
     * health and metrics (docs/deploy.md, "Metrics"): {@code exporter.linkState("redis", redis::connected)}.
     */
    public boolean connected() {
        return commands.isOpen() && pubSub.isOpen();
    }

    /**
     * Connects to Redis at {@code uri} ({@code redis://host:port}).
     *
     * @throws PanelException if Redis does not answer now (later outages are ridden out)
     */
    public static RedisValues connect(String uri) {
        return new RedisValues(Objects.requireNonNull(uri, "uri"));
    }

    /**
     * The value every node shares under {@code name} (letters, digits, {@code _.:-}, at most 64), read from
     * and written to JSON as {@code type} (Jackson); {@code initial} until a value was published. The same
     * name twice gives the same value.
     *
     * @throws IllegalArgumentException for a bad name, or a name taken by another type
     */
    public <T> ClusterValue<T> value(String name, Class<T> type, T initial) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a shared value's name is 1 to 64 of A-Z a-z 0-9 _ . : -, not '" + name + "'");
        }
        ClusterValue<?> value = values.computeIfAbsent(name, n -> new ClusterValue<>(this, n, type, initial));
        if (!value.type().equals(type)) {
            throw new IllegalArgumentException("shared value '" + name + "' is a " + value.type().getName());
        }
        @SuppressWarnings("unchecked") // checked just above
        ClusterValue<T> typed = (ClusterValue<T>) value;
        // read the latest once subscribed: a value published before is read, one published after is received
        pubSub.async().subscribe(PREFIX + name).toCompletableFuture().whenComplete((ok, error) -> typed.resync());
        return typed;
    }

    /**
     * True if this node holds the lease {@code name} (taking it when free) for {@code ttl} from now: run a
     * shared feed only on the node holding it, renewing it each period; another node takes over when it
     * stops renewing. False while Redis is away. Waits at most one second for Redis.
     */
    public boolean holdLease(String name, Duration ttl) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a lease's name is 1 to 64 of A-Z a-z 0-9 _ . : -, not '" + name + "'");
        }
        try {
            Long held = commands.async().<Long>eval(LEASE, ScriptOutputType.INTEGER,
                    new String[] {"panel4j:lease:" + name}, holder, Long.toString(ttl.toMillis())).get(1, TimeUnit.SECONDS);
            return held != null && held == 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Publishes {@code json} as the latest of {@code name}; completes with the version, or fails while Redis is away. */
    CompletableFuture<Long> publish(String name, String json) {
        return commands.async().<Long>eval(PUBLISH, ScriptOutputType.INTEGER,
                new String[] {PREFIX + name + ":version", PREFIX + name + ":latest", PREFIX + name}, json)
                .toCompletableFuture();
    }

    /** The latest message of {@code name} ("version json"), null when none; fails while Redis is away. */
    CompletableFuture<@Nullable String> latest(String name) {
        return commands.async().get(PREFIX + name + ":latest").toCompletableFuture();
    }

    /** Closes both connections. */
    @Override
    public void close() {
        try {
            pubSub.close();
            commands.close();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }
}
