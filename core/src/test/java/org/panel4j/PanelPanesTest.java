package org.panel4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.panel4j.pane.JPG;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.PNG;
import org.panel4j.pane.Str;
import org.panel4j.testing.Images;
import org.panel4j.widget.Button;

/** {@code Panel.panel} picks the pane; Markdown escapes raw HTML; image bytes are checked. */
class PanelPanesTest {

    private static byte[] image(String format) {
        return Images.generate(format, 0);
    }

    @Test
    void panel_picksThePaneByValue() {
        var button = new Button("b");

        assertThat(Panel.panel(button)).isSameAs(button);
        assertThat(Panel.panel("# Hi")).isInstanceOf(Markdown.class);
        assertThat(Panel.panel(image("jpg"))).isInstanceOf(JPG.class);
        assertThat(Panel.panel(image("png"))).isInstanceOf(PNG.class);
        assertThat(Panel.panel(42)).isInstanceOfSatisfying(Str.class, s -> assertThat(s.getValue()).isEqualTo("42"));
    }

    @Test
    void panel_unknownBytes_throwsAClearError() {
        assertThatThrownBy(() -> Panel.panel(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Panel.panel cannot show byte[3]: only JPEG, PNG, GIF and WebP bytes are recognised");
    }

    @Test
    void markdown_escapesRawHtml_andNeutralisesUnsafeLinks() {
        String html = Markdown.render("Hi <script>alert(1)</script> [x](javascript:alert(1))");

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
        assertThat(new Markdown("<b>x</b>").valueProperty().wireValue()).asString().contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void images_checkTheirBytes_andSendADataUrl() {
        byte[] png = image("png");

        assertThatThrownBy(() -> new JPG(png)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JPG.object must be JPG bytes (they start with the wrong signature), not byte[" + png.length + "]");
        assertThat(new PNG(png).objectProperty().wireValue()).asString().startsWith("data:image/png;base64,");
        assertThat(JPG.fromUrl("https://example.org/a.jpg").getObject()).isEqualTo("https://example.org/a.jpg");
        assertThatThrownBy(() -> JPG.fromUrl("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an http(s) URL or a path starting with /");
    }
}
