package org.panel4j.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/**
 * Every public property of every component follows one convention (JavaFX's): {@code xProperty()}
 * returns a {@link Param} with {@code getX()}/{@code isX()} and {@code setX(v)} beside it, or a
 * {@link ReadOnlyParam} with a getter and no setter. Component classes are discovered, not listed.
 */
class PropertyAccessorsTest {

    static List<Class<?>> componentClasses() {
        var classes = new ArrayList<Class<?>>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.panel4j")) {
            if (type.isAssignableTo(Component.class) && type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                classes.add(type.reflect());
            }
        }
        return classes;
    }

    @Test
    void everyPropertyHasItsGetterAndASetterExactlyWhenWritable() {
        var problems = new ArrayList<String>();
        List<Class<?>> classes = componentClasses();
        assertThat(classes).hasSizeGreaterThan(20);
        for (Class<?> type : classes) {
            for (Method method : type.getMethods()) {
                String name = method.getName();
                if (!name.endsWith("Property") || method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String property = name.substring(0, name.length() - "Property".length());
                String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
                Class<?> returned = method.getReturnType();
                boolean writable = returned == Param.class;
                if (!writable && returned != ReadOnlyParam.class) {
                    continue;
                }
                Type valueType = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
                boolean hasGetter = hasMethod(type, "get" + capitalized, 0)
                        || valueType == Boolean.class && hasMethod(type, "is" + capitalized, 0);
                if (!hasGetter) {
                    problems.add(type.getSimpleName() + ".get" + capitalized + "() is missing");
                }
                boolean hasSetter = hasMethod(type, "set" + capitalized, 1);
                if (writable && !hasSetter) {
                    problems.add(type.getSimpleName() + ".set" + capitalized + "(…) is missing");
                }
                if (!writable && hasSetter) {
                    problems.add(type.getSimpleName() + ".set" + capitalized + "(…) sets a read-only property");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean hasMethod(Class<?> type, String name, int parameters) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == parameters) {
                return true;
            }
        }
        return false;
    }
}
