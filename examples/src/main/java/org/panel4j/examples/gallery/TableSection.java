package org.panel4j.examples.gallery;

import java.time.LocalDate;
import java.util.List;
import org.panel4j.table.CellFormat;
import org.panel4j.table.SelectionMode;
import org.panel4j.table.Table;

/** Data tables. */
final class TableSection implements GallerySection {

    /** A row of the gallery's table. */
    public record City(String name, long people, double area, boolean capital, LocalDate founded) {}

    @Override
    public String title() {
        return "Tables";
    }

    @Override
    public List<GalleryEntry> entries() {
        var cities = List.of(new City("Paris", 2_100_000, 105.4, true, LocalDate.of(300, 1, 1)),
                new City("Lyon", 520_000, 47.9, false, LocalDate.of(1, 1, 1)),
                new City("Nice", 340_000, 71.9, false, LocalDate.of(350, 1, 1)));
        Table table = Table.of(cities)
                .selectionMode(SelectionMode.MULTIPLE)
                .column("people", c -> c.title("People").editable(true).bounds(0.0, null))
                .column("area", c -> c.title("Area (km²)").format(CellFormat.number(1)));
        return List.of(new GalleryEntry("Table", """
                record City(String name, long people, double area, boolean capital, LocalDate founded) {}
                Table.of(cities)
                        .selectionMode(SelectionMode.MULTIPLE)
                        .column("people", c -> c.title("People").editable(true).bounds(0.0, null))
                        .column("area", c -> c.title("Area (km²)").format(CellFormat.number(1)))""", table));
    }
}
