package org.panel4j.examples.gallery;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.panel4j.bind.Param;
import org.panel4j.examples.PicsumStandIn;
import org.panel4j.param.Parameterized;
import org.panel4j.layout.Placeholder;
import org.panel4j.pane.Alert;
import org.panel4j.pane.ECharts;
import org.panel4j.pane.Audio;
import org.panel4j.pane.GIF;
import org.panel4j.pane.HTML;
import org.panel4j.pane.JPG;
import org.panel4j.pane.JSON;
import org.panel4j.pane.LaTeX;
import org.panel4j.pane.LoadingSpinner;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.PDF;
import org.panel4j.pane.PNG;
import org.panel4j.pane.Progress;
import org.panel4j.pane.SVG;
import org.panel4j.pane.Str;
import org.panel4j.pane.Video;
import org.panel4j.pane.WebP;

/** Panes: text, markup, alerts, JSON, images, SVG, media and progress. */
final class PaneSection implements GallerySection {

    private static final String GFM = """
            | Pane | Shows |
            |:-----|------:|
            | Str  | text  |
            | JSON | a tree |

            - [x] ~~done~~ task, see https://panel.holoviz.org
            - [ ] open task
            """;
    private static final String DRAWING = "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='60'>"
            + "<rect x='4' y='4' width='112' height='52' rx='10' fill='#0072b5'/>"
            + "<circle cx='60' cy='30' r='16' fill='#ffc107'/></svg>";
    /** A 1×1 lossless WebP. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /** An object with parameters, for the Param pane's entry. */
    static final class Stroke extends Parameterized {
        final org.panel4j.param.Param<Integer> width = org.panel4j.param.Param.builder(this, "width", Integer.class)
                .value(2).bounds(() -> 1, () -> 10).build();
        final org.panel4j.param.Param<String> color = org.panel4j.param.Param.builder(this, "color", String.class)
                .value("blue").allowed(() -> List.of("blue", "green", "red")).build();
        final org.panel4j.param.Param<Boolean> dashed = org.panel4j.param.Param.builder(this, "dashed", Boolean.class)
                .value(false).build();
    }

    @Override
    public String title() {
        return "Panes";
    }

    @Override
    public List<GalleryEntry> entries() {
        var webp = new WebP(WEBP).alt("A one-pixel WebP");
        webp.setWidth(48);
        return List.of(
                new GalleryEntry("Markdown", """
                        new Markdown("**Bold**, _italic_ and a [link](https://panel.holoviz.org).")""",
                        new Markdown("**Bold**, _italic_ and a [link](https://panel.holoviz.org).")),
                new GalleryEntry("Markdown (GFM)", """
                        new Markdown(\"""
                            | Pane | Shows |
                            |:-----|------:|
                            | Str  | text  |
                            - [x] ~~done~~ task, see https://panel.holoviz.org
                            \""")""", new Markdown(GFM)),
                new GalleryEntry("Alert", """
                        new Alert("**Saved.** Your changes are live.", "success")""",
                        new Alert("**Saved.** Your changes are live.", "success")),
                new GalleryEntry("JSON", """
                        new JSON(Map.of("name", "panel4j", "tags", List.of("java", "web"),
                            "deps", Map.of("jetty", 12, "jackson", true)))""",
                        new JSON(Map.of("name", "panel4j", "tags", List.of("java", "web"),
                                "deps", Map.of("jetty", 12, "jackson", true)))),
                new GalleryEntry("HTML", """
                        new HTML("<em>Trusted</em> HTML, sanitised")""", new HTML("<em>Trusted</em> HTML, sanitised")),
                new GalleryEntry("Str", """
                        new Str("Plain text, shown as written")""", new Str("Plain text, shown as written")),
                new GalleryEntry("SVG", """
                        new SVG("<svg xmlns='http://www.w3.org/2000/svg' width='120' height='60'>…</svg>")""",
                        new SVG(DRAWING)),
                new GalleryEntry("Placeholder", """
                        var slot = new Placeholder("Waiting…");
                        // later: slot.update(new Str("Ready"));""", new Placeholder("Waiting…")),
                new GalleryEntry("JPG", """
                        new JPG(bytes).alt("A generated picture")""",
                        new JPG(PicsumStandIn.jpeg(1, 240, 120)).alt("A generated picture")),
                new GalleryEntry("PNG", """
                        new PNG(bytes).alt("A generated PNG")""", new PNG(SmallPng.gradient(240, 60)).alt("A generated PNG")),
                new GalleryEntry("GIF", """
                        new GIF(bytes).alt("A generated GIF")  // or GIF.fromUrl("https://…")""",
                        new GIF(gif(240, 60)).alt("A generated GIF")),
                new GalleryEntry("WebP", """
                        new WebP(bytes).alt("A one-pixel WebP")""", webp),
                new GalleryEntry("Audio", """
                        new Audio()  // new Audio("/media/tone.wav") plays a file of this server""", new Audio()),
                new GalleryEntry("Video", """
                        new Video()  // new Video("https://…/clip.mp4"); paused and time follow the server""",
                        new Video()),
                new GalleryEntry("Progress", """
                        new Progress(3, 10)""", new Progress(3, 10)),
                new GalleryEntry("LoadingSpinner", """
                        new LoadingSpinner(true)""", new LoadingSpinner(true)),
                new GalleryEntry("PDF", """
                        new PDF(bytes)   // or PDF.fromPath("/reports/q3.pdf")""",
                        new PDF(SmallPdf.pages(List.of("Quarterly report", "Page two: the numbers")))),
                new GalleryEntry("Param", """
                        new Param(stroke)  // stroke: a Parameterized with width (bounds 1..10), color (allowed), dashed""",
                        new Param(new Stroke())),
                new GalleryEntry("ECharts", """
                        new ECharts(Map.of(
                                "xAxis", Map.of("type", "category", "data", List.of("Mon", "Tue", "Wed", "Thu")),
                                "yAxis", Map.of("type", "value"),
                                "series", List.of(Map.of("type", "bar", "data", List.of(5, 20, 36, 10)))))""",
                        new ECharts(Map.of(
                                "xAxis", Map.of("type", "category", "data", List.of("Mon", "Tue", "Wed", "Thu")),
                                "yAxis", Map.of("type", "value"),
                                "series", List.of(Map.of("type", "bar", "data", List.of(5, 20, 36, 10)))))),
                new GalleryEntry("LaTeX", """
                        new LaTeX("The roots: $$x = \\\\frac{-b \\\\pm \\\\sqrt{b^2 - 4ac}}{2a}$$")""",
                        new LaTeX("The roots: $$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$$")));
    }

    /** Horizontal stripes as a GIF, so the gallery needs no file. */
    private static byte[] gif(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        Color[] colors = {new Color(0xd62728), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x1f77b4)};
        for (int i = 0; i < colors.length; i++) {
            g.setColor(colors[i]);
            g.fillRect(0, i * height / colors.length, width, height / colors.length + 1);
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "gif", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
