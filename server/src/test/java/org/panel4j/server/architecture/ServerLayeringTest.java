package org.panel4j.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jetty stays behind {@code org.panel4j.server.internal}; core knows nothing of the server. */
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
}
