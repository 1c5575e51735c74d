package org.panel4j.examples;

import org.panel4j.App;
import org.panel4j.Panel;
import org.panel4j.layout.Column;
import org.panel4j.pane.JPG;
import org.panel4j.widget.IntSlider;

/** An IntSlider bound to an async image fetch: the image follows the slider, and the newest value wins. */
public final class BindImage {

    private BindImage() {}

    /** The app, fetching from {@code images}. */
    public static App app(ImageSource images) {
        return session -> {
            var slider = new IntSlider(0, 10);
            slider.setName("Image");
            var image = Panel.bindAsync(index -> new JPG(images.fetch(index, 800, 300)).alt("Image " + index), slider);
            image.heightProperty().set(300);
            return new Column(
                    "## Bind an async function\nDrag the slider: each value fetches an image in the background.",
                    slider, image);
        };
    }
}
