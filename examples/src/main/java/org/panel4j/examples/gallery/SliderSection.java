package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntSlider;

/** Sliders. */
final class SliderSection implements GallerySection {

    @Override
    public String title() {
        return "Sliders";
    }

    @Override
    public List<GalleryEntry> entries() {
        var ints = new IntSlider(0, 10, 3);
        ints.setName("Workers");
        var floats = new FloatSlider(0, 1, 0.25);
        floats.setName("Threshold");
        floats.setStep(0.05);
        return List.of(
                new GalleryEntry("IntSlider", """
                        var slider = new IntSlider(0, 10, 3);
                        slider.setName("Workers");""", ints),
                new GalleryEntry("FloatSlider", """
                        var slider = new FloatSlider(0, 1, 0.25);
                        slider.setName("Threshold");
                        slider.setStep(0.05);""", floats));
    }
}
