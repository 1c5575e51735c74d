package org.panel4j.pane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Markdown's HTML carries no markup from the source and no URL with a scheme that runs or embeds content. */
class MarkdownTest {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Test
    void dataJavascriptAndVbscriptUrls_areDropped_fromLinksAndImages() {
        for (String url : List.of("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "DATA:image/svg+xml,<svg onload=alert(1)>", "data:image/png;base64,iVBORw0KGgo=",
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript&#58;alert(1)", "vbscript:msgbox(1)",
                "file:///etc/passwd")) {
            String link = Markdown.render("[click](" + url.replace(" ", "%20") + ")");
            String image = Markdown.render("![pic](" + url.replace(" ", "%20") + ")");
            String auto = Markdown.render("<" + url + ">");
            assertThat(urls(link)).as(link).containsExactly("");
            assertThat(urls(image)).as(image).containsExactly("");
            assertThat(urls(auto)).as(auto).allMatch(String::isEmpty); // not every one is an autolink
        }
    }

    @Test
    void referenceStyleLinks_areSanitisedToo() {
        assertThat(urls(Markdown.render("[x][r] ![y][r]\n\n[r]: data:text/html,hi"))).containsExactly("", "");
    }

    /** The values of every href and src attribute. */
    private static List<String> urls(String html) {
        return URL_ATTRIBUTE.matcher(html).results().map(m -> m.group(1)).toList();
    }

    @Test
    void webAndMailLinks_andRelativeUrls_stay() {
        assertThat(Markdown.render("[a](https://example.com/x?y=1) [m](mailto:me@example.com) ![i](/picsum/1/1) [r](page#top)"))
                .contains("href=\"https://example.com/x?y=1\"", "href=\"mailto:me@example.com\"", "src=\"/picsum/1/1\"",
                        "href=\"page#top\"");
    }

    @Test
    void rawHtml_isEscaped() {
        assertThat(Markdown.render("<img src=x onerror=alert(1)>")).contains("&lt;img").doesNotContain("<img");
    }

    @Test
    void gfmTables_becomeTableElements() {
        String html = Markdown.render("| Name | Qty |\n|:-----|----:|\n| *pear* | 3 |\n");
        assertThat(html).contains("<table>", "<th align=\"left\">Name</th>", "<td align=\"right\">3</td>",
                "<td align=\"left\"><em>pear</em></td>");
    }

    @Test
    void taskLists_strikethrough_andAutolinks() {
        assertThat(Markdown.render("- [x] done\n- [ ] todo\n")).contains("<input type=\"checkbox\" disabled=\"\" checked=\"\">",
                "<input type=\"checkbox\" disabled=\"\"> todo");
        assertThat(Markdown.render("~~old~~ new")).contains("<del>old</del> new");
        assertThat(Markdown.render("see https://example.com/a?b=1 or mail me@example.com"))
                .contains("href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>",
                        "href=\"mailto:me@example.com\">me@example.com</a>");
    }

    @Test
    void gfmExtensions_keepRawHtmlEscaped_andUrlsSanitised() {
        String table = Markdown.render("| a |\n|---|\n| <script>alert(1)</script> [x](javascript:alert(1)) |\n");
        assertThat(table).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(urls(table)).containsExactly("");
        assertThat(Markdown.render("~~<img src=x onerror=alert(1)>~~")).doesNotContain("<img");
        assertThat(Markdown.render("- [x] <b onclick=alert(1)>t</b>")).doesNotContain("<b ");
    }
}
