package org.panel4j.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.pane.Str;
import org.panel4j.session.ClientInputException;
import org.panel4j.testing.TestSession;

/** The layouts of issue 14: their params, checks, and what the page may set. */
class NewLayoutsTest {

    @Test
    void accordion_opensPanels_byServerAndPage_oneOrMany() {
        var accordion = new Accordion().addPanel("One", new Str("1")).addPanel("Two", new Str("2")).addPanel("Three", "3");
        assertThat(accordion.getTitles()).containsExactly("One", "Two", "Three");
        accordion.setActive(List.of(0, 2));
        assertThatThrownBy(() -> accordion.setActive(List.of(3))).hasMessageContaining("indices below 3");
        assertThatThrownBy(() -> accordion.setActive(List.of(1, 1))).hasMessageContaining("repeat");
        accordion.setToggle(true);                      // keeps the first open panel
        assertThat(accordion.getActive()).containsExactly(0);
        assertThatThrownBy(() -> accordion.setActive(List.of(0, 1))).hasMessageContaining("one index while toggle");
        try (var page = TestSession.open(session -> accordion)) {
            page.set(accordion, "active", List.of(1));
            assertThat(accordion.getActive()).containsExactly(1);
            for (Object bad : List.of(List.of(7), List.of(0, 1), List.of("x"), "1", List.of(-1))) {
                assertThatThrownBy(() -> page.set(accordion, "active", bad)).as(String.valueOf(bad))
                        .isInstanceOf(ClientInputException.class);
            }
            assertThat(accordion.getActive()).containsExactly(1);
        }
        accordion.remove(accordion.getChildren().get(2));
        accordion.remove(accordion.getChildren().get(1));   // the open panel leaves: nothing stays open past the end
        assertThat(accordion.getActive()).isEmpty();
        assertThat(accordion.getTitles()).containsExactly("One");
    }

    @Test
    void gridSpec_placesCellsBySpans_andPutsOthersBelow() {
        var grid = new GridSpec().place(new Str("header"), 0, 0, 1, 3).place(new Str("side"), 1, 0, 2, 1)
                .place(new Str("main"), 1, 1, 2, 2);
        grid.add(new Str("footer"));
        assertThat(grid.getCells()).containsExactly(List.of(0, 0, 1, 3), List.of(1, 0, 2, 1), List.of(1, 1, 2, 2),
                List.of(3, 0, 1, 1));
        assertThatThrownBy(() -> grid.place("x", -1, 0)).hasMessageContaining("row, column >= 0");
        assertThatThrownBy(() -> grid.place("x", 0, 0, 0, 1)).hasMessageContaining("spans >= 1");
        assertThatThrownBy(() -> grid.place("x", 99, 0, 2, 1)).hasMessageContaining("within 100");
    }

    @Test
    void gridBox_flexBox_widgetBox_checkTheirValues() {
        var grid = new GridBox(3, "a", "b", "c", "d");
        assertThat(grid.getNcols()).isEqualTo(3);
        assertThatThrownBy(() -> grid.setNcols(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> grid.setNcols(25)).hasMessageContaining("at most 24");
        var flex = new FlexBox("a", "b");
        flex.setFlexDirection("column");
        flex.setJustifyContent("space-between");
        assertThatThrownBy(() -> flex.setFlexDirection("diagonal")).hasMessageContaining("must be one of");
        assertThatThrownBy(() -> flex.setAlignItems("red; background: url(x)")).hasMessageContaining("must be one of");
        assertThatThrownBy(() -> flex.setGap(-1)).hasMessageContaining("at least 0");
        var box = new WidgetBox("a");
        box.setHorizontal(true);
        assertThat(box.isHorizontal()).isTrue();
    }

    @Test
    void modal_opensFromTheServer_andThePageClosesIt() {
        var modal = new Modal("Confirm", new Str("Sure?"));
        assertThat(modal.isOpen()).isFalse();
        modal.show();
        try (var page = TestSession.open(session -> new Column(modal))) {
            assertThat(page.clientValue(modal, "open")).isEqualTo(true);
            page.set(modal, "open", false);
            assertThat(modal.isOpen()).isFalse();
            assertThatThrownBy(() -> page.set(modal, "open", "no")).isInstanceOf(ClientInputException.class);
            assertThatThrownBy(() -> page.set(modal, "title", "x")).isInstanceOf(ClientInputException.class);
        }
        assertThat(modal.openProperty().isClientWritable()).isTrue();
        assertThat(modal.showCloseButtonProperty().isClientWritable()).isFalse();
    }
}
