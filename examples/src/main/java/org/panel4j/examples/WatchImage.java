package org.panel4j.examples;

import static org.panel4j.Panel.async;

import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.pane.JPG;
import org.panel4j.session.Concurrency;
import org.panel4j.widget.IntSlider;

/**
 * The watch form of the bind example: an async watcher on the slider's value fetches the image into a
 * JPG pane, and {@code trigger()} loads the first one once the page has loaded (from {@code onLoad}, so
 * the fetch is a task of the session, shown in it).
 */
public final class WatchImage {

    private WatchImage() {}

    /** The app, fetching from {@code images}. */
    public static App app(ImageSource images) {
        return session -> {
            var slider = new IntSlider(0, 10);
            slider.setName("Image");
            var image = new JPG();
            image.heightProperty().set(300);
            slider.valueProperty().watch(async(Concurrency.LATEST, event -> {
                int index = event.newValue();
                image.setObject(images.fetch(index, 800, 300));
                image.altProperty().set("Image " + index);
            }));
            session.onLoad(loaded -> slider.valueProperty().trigger());
            return new Column(
                    "## Watch a value\nAn async watcher on the slider loads the image; `trigger()` loads the first one.",
                    slider, image);
        };
    }
}
