package org.panel4j.pane;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * Markdown rendered to HTML on the server with commonmark-java. Raw HTML in the source is escaped
 * and unsafe link URLs are neutralised, so user text cannot inject markup.
 */
public final class Markdown extends Component implements HasValue<String> {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final Param<String> object = Param.builder(this, "object", String.class).value("")
            .toWire(Markdown::render).doc("The Markdown source; the browser receives safe HTML.").build();

    /** Shows {@code markdown}. */
    public Markdown(String markdown) {
        object.set(markdown);
    }

    /** Renders Markdown to safe HTML (raw HTML escaped). */
    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** The Markdown source. */
    @Override
    public Param<String> valueProperty() {
        return object;
    }
}
