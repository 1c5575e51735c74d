package org.panel4j.pane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.component.Component;
import org.panel4j.layout.Placeholder;
import org.panel4j.session.ClientInputException;
import org.panel4j.testing.TestSession;

/** The panes of issue 14: Alert, JSON, SVG, Placeholder, GIF, WebP, Audio, Video: their params and checks. */
class NewPanesTest {

    @Test
    void alert_rendersSafeMarkdown_andTakesPanelsTypes() {
        var alert = new Alert("**Saved** <script>x</script>", "success");
        assertThat((String) alert.valueProperty().wireValue()).contains("<strong>Saved</strong>", "&lt;script&gt;");
        assertThatThrownBy(() -> alert.setAlertType("green")).hasMessageContaining("must be one of");
    }

    @Test
    void json_takesJsonLikeValues_only() {
        var json = new JSON(Map.of("a", List.of(1, 2.5, "x", true), "b", Map.of()));
        json.setObject(null);
        assertThatThrownBy(() -> json.setObject(Map.of(1, "x"))).hasMessageContaining("text keys");
        assertThatThrownBy(() -> json.setObject(List.of(new Object()))).hasMessageContaining("found a Object");
        assertThatThrownBy(() -> json.setObject(List.of(Double.NaN))).hasMessageContaining("finite");
        Object deep = "leaf";
        for (int i = 0; i < JSON.MAX_NESTING + 1; i++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;
        assertThatThrownBy(() -> json.setObject(tooDeep)).hasMessageContaining("nest at most");
        var cycle = new ArrayList<Object>();
        cycle.add(cycle);
        assertThatThrownBy(() -> json.setObject(cycle)).hasMessageContaining("nest at most");
        assertThatThrownBy(() -> json.setDepth(-2)).hasMessageContaining("-1");
        json.setDepth(-1);
    }

    @Test
    void svg_isParsedSafely_andSanitised() {
        String markup = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
                  <script>alert(2)</script>
                  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
                  <a href="javascript:alert(3)"><circle cx="5" cy="5" r="4" fill="red" onclick="alert(4)"/></a>
                  <use xlink:href="https://evil.example/x.svg#a"/><use href="#local"/>
                </svg>""";
        var svg = new SVG(markup);
        String wire = (String) svg.valueProperty().wireValue();
        assertThat(wire).startsWith("data:image/svg+xml;base64,");
        String clean = new String(Base64.getDecoder().decode(wire.substring(wire.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(clean).contains("<circle", "href=\"#local\"").doesNotContain("script", "alert", "foreignObject",
                "evil.example", "onload", "onclick");
        assertThatThrownBy(() -> svg.setValue("<html/>")).hasMessageContaining("<svg> element");
        assertThatThrownBy(() -> svg.setValue("<svg")).hasMessageContaining("well-formed");
        assertThatThrownBy(() -> svg.setValue("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")).hasMessageContaining("well-formed");
        assertThat(svg.getValue()).isEqualTo(markup);
    }

    @Test
    void placeholder_swapsItsOneObject() {
        var placeholder = new Placeholder("first");
        assertThat(placeholder.getObject()).isInstanceOf(Markdown.class);
        var str = new Str("second");
        placeholder.update(str);
        assertThat(placeholder.getChildren()).containsExactly(str);
        assertThat(new Placeholder().getObject()).isNull();
    }

    @Test
    void gifAndWebp_checkTheirSignatures_andPanelRecognisesThem() {
        byte[] gif = "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] webp = "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat((String) new GIF(gif).objectProperty().wireValue()).startsWith("data:image/gif;base64,");
        assertThat((String) new WebP(webp).objectProperty().wireValue()).startsWith("data:image/webp;base64,");
        assertThatThrownBy(() -> new GIF(webp)).hasMessageContaining("GIF bytes");
        assertThatThrownBy(() -> new WebP(gif)).hasMessageContaining("WebP bytes");
        assertThatThrownBy(() -> GIF.fromUrl("javascript:alert(1)")).hasMessageContaining("http(s)");
        Component shown = Panes.standard().panel(gif);
        assertThat(shown).isInstanceOf(GIF.class);
        assertThat(Panes.standard().panel(webp)).isInstanceOf(WebP.class);
    }

    @Test
    void media_takesWebUrls_andBoundedState() {
        var video = new Video("https://example.com/clip.mp4");
        var audio = new Audio("/media/tone.wav");
        for (String bad : List.of("javascript:alert(1)", "data:audio/wav;base64,AA==", "//evil.example/x.mp3", "file:///x")) {
            assertThatThrownBy(() -> audio.setObject(bad)).as(bad).hasMessageContaining("http(s) URL");
        }
        assertThatThrownBy(() -> video.setVolume(101)).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> video.setTime(-1)).hasMessageContaining("at least 0");
        assertThatThrownBy(() -> video.setTime(Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThat(video.isPaused()).isTrue();
        assertThat(video.pausedProperty().isClientWritable() && video.timeProperty().isClientWritable()).isTrue();
        assertThat(video.loopProperty().isClientWritable()).isFalse();
        var map = new HashMap<String, Object>();
        map.put("x", null);
        new JSON(map);
    }

    @Test
    void media_takesThePagesPlaybackState_andRefusesBadValues() {
        var audio = new Audio("/media/tone.wav");
        try (var page = TestSession.open(session -> audio)) {
            page.set(audio, "paused", false);
            page.set(audio, "time", 12.5);
            page.set(audio, "volume", 40);
            page.set(audio, "muted", true);
            assertThat(List.of(audio.isPaused(), audio.getTime(), audio.getVolume(), audio.isMuted()))
                    .containsExactly(false, 12.5, 40, true);
            for (var bad : List.of(List.<Object>of("time", -3), List.<Object>of("volume", 500), List.<Object>of("volume", 1.5),
                    List.<Object>of("paused", "no"), List.<Object>of("object", "https://evil.example/x.mp3"),
                    List.<Object>of("loop", true))) {
                assertThatThrownBy(() -> page.set(audio, (String) bad.get(0), bad.get(1))).as(bad.toString())
                        .isInstanceOf(ClientInputException.class);
            }
            assertThat(List.of(audio.getTime(), audio.getVolume(), audio.getObject(), audio.isLoop()))
                    .containsExactly(12.5, 40, "/media/tone.wav", false);
        }
    }
}
