package org.panel4j.examples.cluster;

import java.util.Map;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.redis.ClusterValue;
import org.panel4j.redis.RedisValues;
import org.panel4j.server.HttpResponse;
import org.panel4j.server.ServeCommand;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/**
 * One node of the cluster tests, run as its own JVM by {@link Cluster}: the {@code serve} command (so
 * SIGTERM drains it as in production) with an app that shows which node serves it, counts clicks in
 * its URL state (so a page that moves keeps the count) and shows a banner shared through Redis.
 * {@code GET /publish?text=…} publishes the banner from this node ({@code &local} only to this node's
 * pages, through its {@code SharedValue} without Redis). System properties:
 * {@code panel4j.node} (the node id shown) and {@code panel4j.redis} (Redis' URI).
 */
public final class ClusterNode {

    private ClusterNode() {}

    public static void main(String[] args) {
        String node = System.getProperty("panel4j.node", "?");
        RedisValues redis = RedisValues.connect(System.getProperty("panel4j.redis"));
        ClusterValue<String> banner = redis.value("banner", String.class, "");
        App app = session -> {
            var where = new StaticText(node);
            where.setName("node");
            var count = new IntSlider(0, 1_000_000, 0);
            count.setName("count");
            session.location().sync(count, "count");
            var button = new Button("Count");
            button.onClick(event -> count.setValue(count.getValue() + 1));
            var shown = new StaticText();
            shown.setName("banner");
            banner.bind(session, shown::setValue);
            return new Column(where, button, count, shown);
        };
        var serve = new ServeCommand(Map.of("/", app))
                .handler("/publish", request -> {
                    String text = request.query().getOrDefault("text", "");
                    if (request.query().containsKey("local")) {
                        banner.local().set(text);   // this node's pages only, without Redis: the benchmark's baseline
                    } else {
                        banner.set(text);
                    }
                    return HttpResponse.text(200, "published on " + node);
                })
                .configure(config -> config.maxSessionsPerAddress(10_000));
        int exit = serve.execute(args);
        redis.close();
        System.exit(exit);
    }
}
