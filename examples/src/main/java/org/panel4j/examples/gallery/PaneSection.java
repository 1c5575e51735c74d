package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.examples.PicsumStandIn;
import org.panel4j.pane.HTML;
import org.panel4j.pane.JPG;
import org.panel4j.pane.LoadingSpinner;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.PNG;
import org.panel4j.pane.Progress;
import org.panel4j.pane.Str;

/** Panes: text, markup, images and progress. */
final class PaneSection implements GallerySection {

    @Override
    public String title() {
        return "Panes";
    }

    @Override
    public List<GalleryEntry> entries() {
        return List.of(
                new GalleryEntry("Markdown", """
                        new Markdown("**Bold**, _italic_ and a [link](https://panel.holoviz.org).")""",
                        new Markdown("**Bold**, _italic_ and a [link](https://panel.holoviz.org).")),
                new GalleryEntry("HTML", """
                        new HTML("<em>Trusted</em> HTML, sanitised")""", new HTML("<em>Trusted</em> HTML, sanitised")),
                new GalleryEntry("Str", """
                        new Str("Plain text, shown as written")""", new Str("Plain text, shown as written")),
                new GalleryEntry("JPG", """
                        new JPG(bytes).alt("A generated picture")""",
                        new JPG(PicsumStandIn.jpeg(1, 240, 120)).alt("A generated picture")),
                new GalleryEntry("PNG", """
                        new PNG(bytes).alt("A generated PNG")""", new PNG(SmallPng.gradient(240, 60)).alt("A generated PNG")),
                new GalleryEntry("Progress", """
                        new Progress(3, 10)""", new Progress(3, 10)),
                new GalleryEntry("LoadingSpinner", """
                        new LoadingSpinner(true)""", new LoadingSpinner(true)));
    }
}
