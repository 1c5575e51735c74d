package org.panel4j.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples are what users copy: they use the API only, never a session's plumbing or the server's
 * insides (docs/decisions/0017-session-api-and-internals.md).
 */
class ExamplesUseOnlyTheApiTest {

    @Test
    void examplesUseNoInternalPackage() {
        JavaClasses examples = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.panel4j.examples");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.panel4j.session.internal..", "org.panel4j.server.internal..")
                .check(examples);
    }
}
