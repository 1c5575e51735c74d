package org.panel4j.examples.gallery;

import java.util.List;
import org.panel4j.component.SizingMode;
import org.panel4j.layout.Accordion;
import org.panel4j.layout.Card;
import org.panel4j.layout.Column;
import org.panel4j.layout.Divider;
import org.panel4j.layout.FlexBox;
import org.panel4j.layout.FloatPanel;
import org.panel4j.layout.GridBox;
import org.panel4j.layout.GridSpec;
import org.panel4j.layout.HSpacer;
import org.panel4j.layout.Modal;
import org.panel4j.layout.Row;
import org.panel4j.layout.Spacer;
import org.panel4j.layout.Tabs;
import org.panel4j.layout.VSpacer;
import org.panel4j.layout.WidgetBox;
import org.panel4j.pane.Alert;
import org.panel4j.pane.Str;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.TextInput;

/** Layouts: rows, columns, cards, tabs, accordions, grids, flexboxes, spacers, dialogs and floating panels. */
final class LayoutSection implements GallerySection {

    @Override
    public String title() {
        return "Layouts";
    }

    @Override
    public List<GalleryEntry> entries() {
        var accordion = new Accordion().addPanel("Shipping", new Str("3–5 days"))
                .addPanel("Returns", new Str("Within 30 days")).addPanel("Warranty", new Str("Two years"));
        accordion.setActive(List.of(0));
        var spacer = new Spacer();
        spacer.setWidth(40);
        var flex = new FlexBox(new Button("A"), new Button("B"), new Button("C"));
        flex.setJustifyContent("space-between");
        flex.setSizingMode(SizingMode.STRETCH_WIDTH);
        var box = new WidgetBox(new TextInput("Name"), new Checkbox("Subscribe"));
        return List.of(
                new GalleryEntry("Row", """
                        new Row(new Button("One"), new Button("Two"))""", new Row(new Button("One"), new Button("Two"))),
                new GalleryEntry("Column", """
                        new Column(new Str("Top"), new Str("Bottom"))""", new Column(new Str("Top"), new Str("Bottom"))),
                new GalleryEntry("Card", """
                        new Card("Details", new Str("Inside a card"))""", new Card("Details", new Str("Inside a card"))),
                new GalleryEntry("Tabs", """
                        new Tabs().addTab("One", new Str("First")).addTab("Two", new Str("Second"))""",
                        new Tabs().addTab("One", new Str("First")).addTab("Two", new Str("Second"))),
                new GalleryEntry("Accordion", """
                        var accordion = new Accordion().addPanel("Shipping", new Str("3–5 days"))
                            .addPanel("Returns", new Str("Within 30 days")).addPanel("Warranty", new Str("Two years"));
                        accordion.setActive(List.of(0));   // setToggle(true): one open at a time""", accordion),
                new GalleryEntry("GridBox", """
                        new GridBox(3, "1", "2", "3", "4", "5", "6")""", new GridBox(3, "1", "2", "3", "4", "5", "6")),
                new GalleryEntry("GridSpec", """
                        new GridSpec().place(new Alert("Header"), 0, 0, 1, 3)
                            .place(new Alert("Side", "info"), 1, 0, 2, 1).place(new Alert("Main", "success"), 1, 1, 2, 2)""",
                        new GridSpec().place(new Alert("Header"), 0, 0, 1, 3).place(new Alert("Side", "info"), 1, 0, 2, 1)
                                .place(new Alert("Main", "success"), 1, 1, 2, 2)),
                new GalleryEntry("FlexBox", """
                        var flex = new FlexBox(new Button("A"), new Button("B"), new Button("C"));
                        flex.setJustifyContent("space-between");""", flex),
                new GalleryEntry("WidgetBox", """
                        new WidgetBox(new TextInput("Name"), new Checkbox("Subscribe"))""", box),
                new GalleryEntry("Spacer, HSpacer", """
                        new Row(new Button("Left"), new HSpacer(), new Button("Right"))""",
                        row(new Button("Left"), new HSpacer(), new Button("Right"))),
                new GalleryEntry("VSpacer, Divider", """
                        new Column(new Str("Above"), new Divider(), new Str("Below"), new VSpacer())""",
                        new Column(new Str("Above"), new Divider(), new Str("Below"), new VSpacer(), spacer)),
                new GalleryEntry("Modal", """
                        var modal = new Modal("Confirm", new Str("Delete the file?"));
                        open.onClick(e -> modal.show());   // Escape or × closes it (Modal is Panel's Dialog too)""", modal()),
                new GalleryEntry("FloatPanel", """
                        var tools = new FloatPanel("Tools", new Checkbox("Snap to grid"));
                        open.onClick(e -> tools.setStatus("normal"));   // drag it by its header; – and × set status""",
                        floatPanel()));
    }

    private static Row row(Object... objects) {
        var row = new Row(objects);
        row.setSizingMode(SizingMode.STRETCH_WIDTH);
        return row;
    }

    private static Column floatPanel() {
        var tools = new FloatPanel("Tools", new Checkbox("Snap to grid"));
        tools.setStatus("closed");
        tools.setPosition("right-bottom");
        var open = new Button("Open float panel").buttonType(ButtonType.PRIMARY);
        open.onClick(event -> tools.setStatus("normal"));
        return new Column(open, tools);
    }

    private static Column modal() {
        var modal = new Modal("Confirm", new Str("Delete the file?"));
        var delete = new Button("Delete").buttonType(ButtonType.DANGER);
        delete.onClick(event -> modal.hide());
        modal.add(delete);
        var open = new Button("Open dialog").buttonType(ButtonType.PRIMARY);
        open.onClick(event -> modal.show());
        return new Column(open, modal);
    }
}
