package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.panel4j.App;
import org.panel4j.AppSession;
import org.panel4j.layout.Card;
import org.panel4j.layout.Row;
import org.panel4j.layout.Tabs;
import org.panel4j.server.internal.ClientMessage;
import org.panel4j.server.internal.ProtocolEncoder;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientSink;
import org.panel4j.session.Node;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.widget.Button;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;
import org.panel4j.widget.Toggle;

/**
 * Property test of client input applied to a session (jqwik): decoded messages for the session's own
 * components, another session's and made-up ones are applied or refused with a
 * {@link ClientInputException} carrying a bounded one-line message, never anything else; the other
 * session never changes and the session under fire still renders. {@code -Pfuzz} runs it long.
 */
class ClientInputPropertyTest {

    private static final ProtocolEncoder ENCODER = new ProtocolEncoder();

    private SessionHost host;
    private Session target;
    private Session bystander;
    private String bystanderBefore;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, List<String>> props = new LinkedHashMap<>();

    /** One of each client-writable widget, some disabled or hidden, inside layouts; callbacks that change others. */
    static App app() {
        return session -> {
            var button = new Button("Go");
            var off = new Button("Off");
            off.setDisabled(true);
            var text = new StaticText();
            var slider = new IntSlider(0, 10, 5);
            var floats = new FloatSlider(0, 1, 0.5);
            var input = new TextInput("name");
            var hidden = new TextInput("hidden");
            hidden.setVisible(false);
            var select = new Select(List.of("a", "b"));
            var check = new Checkbox("check");
            var toggle = new Toggle("toggle");
            button.onClick(e -> text.setValue("Clicked " + e.newValue()));
            slider.valueProperty().watch(e -> floats.setValue(e.newValue() / 10.0));
            input.valueProperty().watch(e -> text.setValue(e.newValue()));
            toggle.valueProperty().watch(e -> off.setDisabled(!e.newValue()));
            var tabs = new Tabs();
            tabs.add(new Card("card", check, toggle));
            return new Row(button, off, text, slider, floats, input, hidden, select, tabs);
        };
    }

    @BeforeProperty
    void open() throws Exception {
        host = SessionHost.create();
        target = AppSession.open(app(), host).session();
        bystander = AppSession.open(app(), host).session();
        bystanderBefore = snapshot(bystander);
        collect(target.connect(ClientSink.discarding()));
        collect(bystander.connect(ClientSink.discarding())); // its ids too: they must be unknown to the target
    }

    private void collect(Node node) {
        ids.add(node.id());
        props.put(node.id(), List.copyOf(node.props().keySet()));
        for (Object value : node.props().values()) {
            if (value instanceof Node child) {
                collect(child);
            } else if (value instanceof List<?> list) {
                list.stream().filter(Node.class::isInstance).forEach(child -> collect((Node) child));
            }
        }
    }

    @AfterProperty
    void close() throws Exception {
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!target.isQuiet() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(snapshot(bystander)).as("the other session").isEqualTo(bystanderBefore);
            assertThat(target.isDestroyed()).isFalse();
            snapshot(target); // the session under fire still renders
        } finally {
            host.close();
        }
    }

    private static String snapshot(Session session) {
        return ENCODER.init(session.connect(ClientSink.discarding())).json();
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> messages() {
        return ClientInputArbitraries.messages().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void clientMessages_areAppliedOrRefusedWithAClientInputException(@ForAll("messages") List<Map<String, Object>> messages) {
        for (Map<String, Object> fields : messages) {
            String text = ProtocolDecoderPropertyTest.json(ClientInputArbitraries.resolve(fields, ids, props));
            ClientMessage message = ProtocolDecoderPropertyTest.decodeOrRefuse(text);
            try {
                switch (message) {
                    case null -> { }
                    case ClientMessage.Set set -> target.applyClientValue(set.id(), set.prop(), set.value(), set.seq());
                    case ClientMessage.Event event -> target.applyClientEvent(event.id(), event.event(), event.payload());
                    case ClientMessage.Resync resync -> snapshot(target);
                    case ClientMessage.Ping ping -> { }
                }
            } catch (ClientInputException e) {
                assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(400).doesNotContain("\n", "\r");
            }
        }
    }
}
