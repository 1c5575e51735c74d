package org.panel4j.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of docs/decisions/0001-session-is-the-lowest-package.md, kept true:
 * {@code session ← param ← component ← widget/pane/plot ← table/layout ← bind ← org.panel4j ← testing}.
 */
class LayeringTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.panel4j");
    }

    @Test
    void packagesDependOnlyOnTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("session").definedBy("org.panel4j.session..")
                .layer("param").definedBy("org.panel4j.param..")
                .layer("component").definedBy("org.panel4j.component..")
                .layer("widget").definedBy("org.panel4j.widget..")
                .layer("pane").definedBy("org.panel4j.pane..")
                .layer("plot").definedBy("org.panel4j.plot..")
                .layer("indicator").definedBy("org.panel4j.indicator..")
                .layer("layout").definedBy("org.panel4j.layout..")
                .layer("table").definedBy("org.panel4j.table..")
                .layer("bind").definedBy("org.panel4j.bind..")
                .layer("facade").definedBy("org.panel4j")
                .layer("testing").definedBy("org.panel4j.testing..")
                .whereLayer("testing").mayNotBeAccessedByAnyLayer()
                .whereLayer("facade").mayOnlyBeAccessedByLayers("testing")
                .whereLayer("bind").mayOnlyBeAccessedByLayers("facade", "testing")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("bind", "facade", "testing")
                .whereLayer("table").mayOnlyBeAccessedByLayers("facade", "testing")
                .whereLayer("widget").mayOnlyBeAccessedByLayers("bind", "layout", "table", "facade", "testing")
                .whereLayer("pane").mayOnlyBeAccessedByLayers("bind", "layout", "facade", "testing")
                .whereLayer("plot").mayOnlyBeAccessedByLayers("bind", "layout", "table", "facade", "testing")
                .whereLayer("indicator").mayOnlyBeAccessedByLayers("bind", "layout", "table", "facade", "testing")
                .whereLayer("component").mayOnlyBeAccessedByLayers(
                        "widget", "pane", "plot", "indicator", "layout", "table", "bind", "facade", "testing")
                .whereLayer("param").mayOnlyBeAccessedByLayers(
                        "component", "widget", "pane", "plot", "indicator", "layout", "table", "bind", "facade", "testing")
                .check(core);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.panel4j.(*)..").should().beFreeOfCycles().check(core);
    }
}
