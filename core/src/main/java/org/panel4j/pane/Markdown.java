package org.panel4j.pane;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * Markdown rendered to HTML on the server with commonmark-java, with GitHub's tables, task lists
 * ({@code - [x] done}), strikethrough ({@code ~~old~~}) and autolinks (bare {@code https://…} URLs and e-mail
 * addresses). Raw HTML in the source is escaped,
 * and link and image URLs keep only http, https and mailto (or relative) URLs: {@code data:},
 * {@code javascript:}, {@code vbscript:} and other schemes become empty, so user text can neither
 * inject markup nor smuggle a document or script in a URL.
 */
public final class Markdown extends Component implements HasValue<String> {

    /** GitHub Flavored Markdown: tables, task lists, strikethrough, autolinks. */
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            TaskListItemsExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** Link and image URLs keep only these schemes (relative URLs pass); data:, javascript: and the rest become empty. */
    private static final List<String> URL_SCHEMES = List.of("http", "https", "mailto");
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(URL_SCHEMES)).build();

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
