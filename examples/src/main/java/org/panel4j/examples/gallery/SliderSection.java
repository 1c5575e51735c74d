package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.widget.DiscretePlayer;
import org.panel4j.widget.DiscreteSlider;
import org.panel4j.widget.EditableFloatSlider;
import org.panel4j.widget.EditableIntSlider;
import org.panel4j.widget.EditableRangeSlider;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntRangeSlider;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.LoopPolicy;
import org.panel4j.widget.Player;
import org.panel4j.widget.RangeSlider;

/** Sliders and players. */
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
        var memory = new DiscreteSlider<>(List.of(1, 2, 4, 8, 16, 32), gb -> gb + " GB");
        memory.setName("Memory");
        memory.setValue(4);
        var hours = new IntRangeSlider(0, 24, 9, 17);
        hours.setName("Opening hours");
        var band = new RangeSlider(0, 1, 0.2, 0.8);
        band.setName("Band");
        band.setStep(0.05);
        var budget = new EditableIntSlider(0, 100, 40);
        budget.setName("Budget");
        budget.setFixedStart(0);
        var rate = new EditableFloatSlider(0, 1, 0.3);
        rate.setName("Rate");
        rate.setStep(0.01);
        var limits = new EditableRangeSlider(0, 10, 2, 6);
        limits.setName("Limits");
        limits.setStep(0.5);
        var frame = new Player(0, 50, 0);
        frame.setName("Frame");
        frame.setInterval(200);
        frame.setLoopPolicy(LoopPolicy.LOOP);
        var day = new DiscretePlayer<>(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"));
        day.setName("Day");
        return List.of(
                new GalleryEntry("IntSlider", """
                        var slider = new IntSlider(0, 10, 3);
                        slider.setName("Workers");""", ints),
                new GalleryEntry("FloatSlider", """
                        var slider = new FloatSlider(0, 1, 0.25);
                        slider.setName("Threshold");
                        slider.setStep(0.05);""", floats),
                new GalleryEntry("DiscreteSlider", """
                        var memory = new DiscreteSlider<>(List.of(1, 2, 4, 8, 16, 32), gb -> gb + " GB");
                        memory.setName("Memory");
                        memory.setValue(4);""", memory),
                new GalleryEntry("IntRangeSlider", """
                        var hours = new IntRangeSlider(0, 24, 9, 17);
                        hours.setName("Opening hours");""", hours),
                new GalleryEntry("RangeSlider", """
                        var band = new RangeSlider(0, 1, 0.2, 0.8);
                        band.setName("Band");
                        band.setStep(0.05);""", band),
                new GalleryEntry("EditableIntSlider", """
                        var budget = new EditableIntSlider(0, 100, 40);
                        budget.setName("Budget");
                        budget.setFixedStart(0);   // type above 100 to extend""", budget),
                new GalleryEntry("EditableFloatSlider", """
                        var rate = new EditableFloatSlider(0, 1, 0.3);
                        rate.setName("Rate");
                        rate.setStep(0.01);""", rate),
                new GalleryEntry("EditableRangeSlider", """
                        var limits = new EditableRangeSlider(0, 10, 2, 6);
                        limits.setName("Limits");
                        limits.setStep(0.5);""", limits),
                new GalleryEntry("Player", """
                        var frame = new Player(0, 50, 0);   // plays on the server
                        frame.setName("Frame");
                        frame.setInterval(200);
                        frame.setLoopPolicy(LoopPolicy.LOOP);""", frame),
                new GalleryEntry("DiscretePlayer", """
                        var day = new DiscretePlayer<>(List.of("Mon", "Tue", "Wed",
                                "Thu", "Fri", "Sat", "Sun"));
                        day.setName("Day");""", day));
    }
}
