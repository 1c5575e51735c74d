package org.panel4j.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.panel4j.Panel;
import org.panel4j.bind.Bound;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.pane.JPG;
import org.panel4j.pane.Str;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;

class ComponentFindTest {

    @Test
    void find_returnsTheFirstOfTheType_depthFirst_includingTheRootAndBoundOutputs() {
        var slider = new IntSlider(0, 10, 3);
        Bound bound = Panel.bind(value -> new Str("value " + value), slider);
        var first = new Button("first");
        var second = new Button("second");
        var root = new Column(new Row(first, slider), bound, second);

        assertThat(root.find(Button.class)).containsSame(first);
        assertThat(root.find(Column.class)).containsSame(root);
        assertThat(root.find(Str.class)).containsSame((Str) bound.getObject());
        assertThat(root.find(JPG.class)).isEmpty();
    }

    @Test
    void boundChildren_areTheSameListUntilTheOutputChanges() {
        var slider = new IntSlider(0, 10, 3);
        Bound bound = Panel.bind(value -> new Str("value " + value), slider);

        assertThat(bound.children()).isSameAs(bound.children());
        var before = bound.children();
        slider.setValue(4);
        assertThat(bound.children()).isNotSameAs(before).containsExactly(bound.getObject());
    }
}
