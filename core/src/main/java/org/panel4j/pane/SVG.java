package org.panel4j.pane;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An SVG drawing from its markup (Panel's {@code pane.SVG}), sanitised: the server parses it (no
 * DOCTYPE, no external entities), drops scripts, {@code foreignObject}, event attributes and links
 * other than to {@code #ids}, and the browser shows the result as an image, where SVG never runs
 * scripts nor loads anything.
 */
public final class SVG extends Component implements HasValue<String> {

    /** The largest markup accepted, in characters. */
    public static final int MAX_LENGTH = 1 << 20;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> DROPPED = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener");

    private final Param<String> object = Param.builder(this, "object", String.class).value("")
            .check(SVG::problem).toWire(SVG::toWire)
            .doc("The SVG markup; the browser receives a sanitised copy as an image.").build();
    private final Param<String> alt = Param.builder(this, "alt", String.class).value("")
            .doc("Text that describes the drawing, for screen readers.").build();

    /** An empty drawing. */
    public SVG() {}

    /** Shows the drawing {@code markup}. @throws IllegalArgumentException if it is not SVG */
    public SVG(String markup) {
        object.set(markup);
    }

    private static @Nullable String problem(String markup) {
        if (markup.isEmpty()) {
            return null;
        }
        if (markup.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        try {
            Element root = parse(markup).getDocumentElement();
            return "svg".equals(root.getLocalName()) && SVG_NS.equals(root.getNamespaceURI()) ? null
                    : "must be an <svg> element in the SVG namespace (xmlns=\"" + SVG_NS + "\")";
        } catch (Exception e) {
            return "must be well-formed SVG markup without a DOCTYPE (" + e.getMessage() + ")";
        }
    }

    /** A sanitised copy of {@code markup} (checked already), as a {@code data:image/svg+xml} URL. */
    private static Object toWire(String markup) {
        if (markup.isEmpty()) {
            return "";
        }
        return "data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(sanitise(markup).getBytes(StandardCharsets.UTF_8));
    }

    /** The markup without scripts, foreign content, event attributes and non-local links. */
    static String sanitise(String markup) {
        try {
            Document document = parse(markup);
            clean(document.getDocumentElement());
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            var out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalArgumentException("SVG cannot be sanitised: " + e.getMessage(), e);
        }
    }

    private static void clean(Element element) {
        var attributes = element.getAttributes();
        var drop = new ArrayList<Attr>();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attr = (Attr) attributes.item(i);
            String name = (attr.getLocalName() != null ? attr.getLocalName() : attr.getName()).toLowerCase(Locale.ROOT);
            String value = attr.getValue().strip();
            if (name.startsWith("on") || name.equals("href") && !value.startsWith("#")
                    || value.toLowerCase(Locale.ROOT).contains("javascript:")) {
                drop.add(attr);
            }
        }
        drop.forEach(element::removeAttributeNode);
        var children = new ArrayList<Node>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element inner) {
                String name = (inner.getLocalName() != null ? inner.getLocalName() : inner.getNodeName()).toLowerCase(Locale.ROOT);
                if (DROPPED.contains(name) || !SVG_NS.equals(inner.getNamespaceURI())) {
                    element.removeChild(inner);
                } else {
                    clean(inner);
                }
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                element.removeChild(child);
            }
        }
    }

    private static Document parse(String markup) throws Exception {
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    /** The markup as given. */
    @Override
    public Param<String> valueProperty() {
        return object;
    }

    /** The text read by screen readers. */
    public String getAlt() {
        return alt.get();
    }

    /** Sets the text read by screen readers. */
    public void setAlt(String value) {
        alt.set(value);
    }

    /** The {@code alt} parameter. */
    public Param<String> altProperty() {
        return alt;
    }
}
