package org.panel4j.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jetty stays behind {@code org.panel4j.server.internal}; core knows nothing of the server; a session's
 * plumbing ({@code org.panel4j.session.internal}) stays with the components and the server's insides
 * (docs/decisions/0017-session-api-and-internals.md).
 */
class ServerLayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.panel4j");
    }

    @Test
    void jettyAppearsOnlyInServerInternal() {
        noClasses().that().resideOutsideOfPackage("org.panel4j.server.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnTheServer() {
        noClasses().that().resideOutsideOfPackage("org.panel4j.server..")
                .should().dependOnClassesThat().resideInAPackage("org.panel4j.server..")
                .check(classes);
    }

    @Test
    void sessionInternalsAreUsedOnlyByComponentsAndTheServersInsides() {
        classes().that().resideInAPackage("org.panel4j.session.internal..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(
                        "org.panel4j.session..", "org.panel4j.param..", "org.panel4j.component..",
                        "org.panel4j.widget..", "org.panel4j.pane..", "org.panel4j.plot..", "org.panel4j.table..", "org.panel4j.layout..",
                        "org.panel4j.bind..", "org.panel4j", "org.panel4j.testing..", "org.panel4j.server.internal..")
                .check(classes);
    }
}
