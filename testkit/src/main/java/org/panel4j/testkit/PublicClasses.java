package org.panel4j.testkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The public classes of the main (not test) code under a package, found on the classpath: tests that
 * must cover every component discover them here instead of keeping a list.
 */
public final class PublicClasses {

    private PublicClasses() {}

    /** The public, concrete subclasses of {@code base} (itself included if concrete), sorted by name. */
    public static <T> List<Class<? extends T>> concreteSubclassesOf(Class<T> base, String packageName) {
        var classes = new ArrayList<Class<? extends T>>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageName)) {
            if (type.isAssignableTo(base) && type.getModifiers().contains(JavaModifier.PUBLIC)
                    && !type.getModifiers().contains(JavaModifier.ABSTRACT) && !type.isInterface()) {
                classes.add(type.reflect().asSubclass(base));
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}
