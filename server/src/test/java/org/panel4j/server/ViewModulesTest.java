package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.bind.Bind;
import org.panel4j.bind.Bound;
import org.panel4j.component.Component;
import org.panel4j.widget.NumberInput;

/**
 * A component is a Java class and a JS view module named by its view type (docs/components.md), and
 * nothing else: every concrete component class on the classpath has its module, every module has its
 * class, and the props table of each module applies exactly the component's parameters. Classes are
 * discovered, not listed.
 */
class ViewModulesTest {

    private static final String VIEWS = "/org/panel4j/client/views/";
    /** Views the client has without a Java class. */
    private static final Set<String> CLIENT_ONLY = Set.of("Unknown");
    /** Components without a public constructor, made the way apps make them. */
    private static final Map<Class<?>, Supplier<Component>> FACTORIES =
            Map.of(Bound.class, () -> Bind.inputs().to(values -> null),
                    NumberInput.class, () -> NumberInput.ofInts("x", 0, 1, 0),
                    org.panel4j.bind.Param.class, () -> new org.panel4j.bind.Param(new org.panel4j.widget.Checkbox()),
                    org.panel4j.table.Table.class, () -> org.panel4j.table.Table.of(
                            new org.panel4j.plot.ColumnDataSource(Map.of("x", new double[] {1}))));

    private static final Pattern TABLE = Pattern.compile("(?ms)^export const (\\w+) = \\{\\n(.*?)^\\};");
    private static final Pattern KEY = Pattern.compile("(?m)^  (?:(\\w+):|(\\w+),|\\.\\.\\.(\\w+),)");
    private static final Pattern IMPORT = Pattern.compile("import \\{([^}]*)\\} from './(\\w+)\\.js';");

    private static List<Component> components;

    @BeforeAll
    static void discover() {
        components = componentClasses().stream().map(ViewModulesTest::instance).toList();
        assertThat(components).as("component classes found").hasSizeGreaterThan(20);
    }

    /** Every concrete public subclass of Component in the org.panel4j packages (main code). */
    static List<Class<? extends Component>> componentClasses() {
        var classes = new ArrayList<Class<? extends Component>>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.panel4j")) {
            if (type.isAssignableTo(Component.class) && type.getModifiers().contains(JavaModifier.PUBLIC)
                    && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
                classes.add(type.reflect().asSubclass(Component.class));
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    @Test
    void everyComponentHasItsViewModule() {
        var missing = components.stream().map(Component::viewType).filter(type -> module(type) == null)
                .map(type -> type + " has no view module " + VIEWS + type + ".js").toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyViewModuleHasItsComponent() throws Exception {
        Set<String> types = components.stream().map(Component::viewType).collect(Collectors.toSet());
        var orphans = viewModules().stream().filter(type -> !types.contains(type) && !CLIENT_ONLY.contains(type))
                .map(type -> "views/" + type + ".js has no component class whose viewType() is " + type).toList();
        assertThat(orphans).isEmpty();
    }

    /** A view may apply a common prop too (Figure redraws at a new height), after common.js. */
    @Test
    void everyViewAppliesExactlyItsComponentsProps() {
        Set<String> common = table("common.js", "/org/panel4j/client/", "commonProps");
        assertThat(common).as("common.js's commonProps").isNotEmpty();
        var problems = new ArrayList<String>();
        for (Component component : components) {
            String type = component.viewType();
            if (module(type) == null) {
                continue;   // reported by everyComponentHasItsViewModule
            }
            Set<String> wire = component.toNode().props().keySet();   // its params, and what it adds (data)
            Set<String> props = table(type + ".js", VIEWS, "props");
            for (String name : wire) {
                if (!props.contains(name) && !common.contains(name)) {
                    problems.add(type + " sends prop \"" + name + "\" that the props table of views/" + type
                            + ".js does not apply");
                }
            }
            for (String prop : props) {
                if (!wire.contains(prop)) {
                    problems.add("views/" + type + ".js applies prop \"" + prop + "\" that " + type + " does not send");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theTablesCanBeRead() {
        // the regexes below must see a spread of a shared table and shorthand keys, not silently nothing
        assertThat(table("IntSlider.js", VIEWS, "props")).contains("value", "start", "end", "step", "name");
        assertThat(table("Button.js", VIEWS, "props")).contains("name", "clicks");
    }

    /** The keys of {@code export const name = {...}} in {@code file}, following spreads of tables imported from siblings. */
    private static Set<String> table(String file, String folder, String name) {
        String source = resource(folder + file);
        assertThat(source).as(folder + file).isNotNull();
        Matcher m = TABLE.matcher(source);
        while (m.find()) {
            if (!m.group(1).equals(name)) {
                continue;
            }
            var keys = new TreeSet<String>();
            Matcher k = KEY.matcher(m.group(2));
            while (k.find()) {
                if (k.group(3) != null) {
                    keys.addAll(table(importedFrom(source, k.group(3), file) + ".js", folder, k.group(3)));
                } else {
                    keys.add(k.group(1) != null ? k.group(1) : k.group(2));
                }
            }
            return keys;
        }
        throw new AssertionError(folder + file + " exports no table \"export const " + name + " = {\" (docs/components.md)");
    }

    private static String importedFrom(String source, String name, String file) {
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            if (Arrays.stream(m.group(1).split(",")).map(String::trim).anyMatch(name::equals)) {
                return m.group(2);
            }
        }
        throw new AssertionError(file + " spreads " + name + " without importing it from a sibling module");
    }

    /** The capitalised modules in views/: one per view type. */
    private static List<String> viewModules() throws IOException, URISyntaxException {
        Path folder = Path.of(ViewModulesTest.class.getResource(VIEWS).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.matches("[A-Z][A-Za-z0-9]*\\.js"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        }
    }

    private static String module(String type) {
        return resource(VIEWS + type + ".js");
    }

    private static String resource(String path) {
        try (InputStream in = ViewModulesTest.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An instance to read the params of: through a factory, else the public constructor with the fewest
     * parameters that accepts plain arguments (0, 1, 1… for numbers, "x", an empty list, array or map).
     */
    private static Component instance(Class<? extends Component> type) {
        Supplier<Component> factory = FACTORIES.get(type);
        if (factory != null) {
            return factory.get();
        }
        var failures = new ArrayList<String>();
        Constructor<?>[] constructors = type.getConstructors();
        Arrays.sort(constructors, Comparator.comparingInt(Constructor::getParameterCount));
        for (Constructor<?> constructor : constructors) {
            if (!Modifier.isPublic(constructor.getModifiers())) {
                continue;
            }
            Class<?>[] types = constructor.getParameterTypes();
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = plain(types[i], i);
            }
            try {
                return (Component) constructor.newInstance(args);
            } catch (ReflectiveOperationException | RuntimeException e) {
                failures.add(constructor + ": " + e);
            }
        }
        throw new AssertionError("Cannot make a " + type.getSimpleName() + " to read its params; add it to FACTORIES. "
                + failures);
    }

    private static Object plain(Class<?> type, int index) {
        int number = index == 0 ? 0 : 1;
        if (type == int.class || type == Integer.class) {
            return number;
        } else if (type == long.class || type == Long.class) {
            return (long) number;
        } else if (type == double.class || type == Double.class) {
            return (double) number;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == String.class) {
            return "x";
        } else if (type == List.class) {
            return List.of("x");
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == LocalDate.class) {
            return LocalDate.EPOCH.plusDays(number);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.of(LocalDate.EPOCH.plusDays(number), LocalTime.NOON);
        } else if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        return null;
    }
}
