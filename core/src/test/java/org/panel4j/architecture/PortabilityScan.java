package org.panel4j.architecture;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.teavm.model.BasicBlockReader;
import org.teavm.model.ClassReader;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.FieldReader;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHandle;
import org.teavm.model.MethodHandleType;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.ProgramReader;
import org.teavm.model.RuntimeConstant;
import org.teavm.model.TryCatchBlockReader;
import org.teavm.model.ValueType;
import org.teavm.model.ReferenceCache;
import org.teavm.model.VariableReader;
import org.teavm.model.instructions.AbstractInstructionReader;
import org.teavm.model.instructions.InvocationType;
import org.teavm.parsing.ClasspathClassHolderSource;
import org.teavm.parsing.ClasspathResourceProvider;
import org.teavm.parsing.substitution.DefaultSubstituteClassNameMapping;

/**
 * Lists what TeaVM could not compile in a set of classes: JDK classes and members its class library
 * lacks ({@code java.util.HexFormat}, {@code java.lang.Thread#ofVirtual()...}), and every library class
 * (the scan does not look inside libraries, so each is a question for the allow-list).
 * Classes are read through TeaVM's own parser, so what is seen is what its compiler sees.
 */
final class PortabilityScan {

    /** invokedynamic bootstraps TeaVM 0.16.0 substitutes (its JCLPlugin): lambdas, concatenation, records, switch. */
    private static final Set<String> BOOTSTRAPS = Set.of("java.lang.invoke.LambdaMetafactory",
            "java.lang.invoke.StringConcatFactory", "java.lang.runtime.ObjectMethods",
            "java.lang.runtime.SwitchBootstraps");

    private final ClassReaderSource teavm;
    private final Map<String, Set<String>> problems = new TreeMap<>();
    private String referrer = "";

    PortabilityScan(ClassReaderSource teavm) {
        this.teavm = teavm;
    }

    /**
     * TeaVM's view of this JVM's class path: its class library in place of the JDK. The JDK's own class
     * files are hidden (TeaVM would otherwise read {@code java.util.HexFormat} from the running JDK, which
     * its compiler never does), and the substitution rules are TeaVM's, found on the class path.
     */
    static ClassReaderSource teavmView() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = Stream.of(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(PortabilityScan::url).toArray(URL[]::new);
        ClassLoader ownClasses = PortabilityScan.class.getClassLoader();
        ClassLoader classPathOnly = new URLClassLoader(urls, new NoResources());
        return new ClasspathClassHolderSource(new ClasspathResourceProvider(classPathOnly), new ReferenceCache(),
                DefaultSubstituteClassNameMapping.createWithSPI(ownClasses));
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(entry, e);
        }
    }

    /** A parent loader that finds no resource, so the JDK's class files stay out of TeaVM's sight. */
    private static final class NoResources extends ClassLoader {
        NoResources() {
            super(null);
        }

        @Override
        public URL getResource(String name) {
            return null;
        }

        @Override
        public Enumeration<URL> getResources(String name) {
            return Collections.emptyEnumeration();
        }
    }

    /** The problems of these classes (binary names), sorted, each with the top-level classes that have it. */
    Map<String, Set<String>> scan(Collection<String> classNames) {
        for (String name : classNames) {
            ClassReader cls = teavm.get(name);
            if (cls == null) {
                throw new IllegalStateException("TeaVM cannot read " + name);
            }
            referrer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            scanClass(cls);
        }
        return problems;
    }

    private void problem(String what) {
        problems.computeIfAbsent(what, key -> new TreeSet<>()).add(referrer);
    }

    private void scanClass(ClassReader cls) {
        if (cls.getParent() != null) {
            type(cls.getParent());
        }
        cls.getInterfaces().forEach(this::type);
        for (FieldReader field : cls.getFields()) {
            type(field.getType());
        }
        for (MethodReader method : cls.getMethods()) {
            for (ValueType type : method.getSignature()) {
                type(type);
            }
            ProgramReader program = method.getProgram();
            if (program == null) {
                continue;
            }
            for (BasicBlockReader block : program.getBasicBlocks()) {
                for (TryCatchBlockReader handler : block.readTryCatchBlocks()) {
                    if (handler.getExceptionType() != null) {
                        type(handler.getExceptionType());
                    }
                }
                block.readAllInstructions(new References());
            }
        }
    }

    private void type(ValueType type) {
        while (type instanceof ValueType.Array array) {
            type = array.getItemType();
        }
        if (type instanceof ValueType.Object object) {
            type(object.getClassName());
        }
    }

    /** True when the class is ours or TeaVM has it and it is no library class; else records the problem. */
    private boolean type(String className) {
        if (className.startsWith("org.panel4j.")) {
            return true;
        }
        if (!isJdk(className)) {
            problem(className);
            return false;
        }
        if (teavm.get(className) == null) {
            problem(className);
            return false;
        }
        return true;
    }

    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.");
    }

    private void method(MethodReference method) {
        if (type(method.getClassName())) {
            for (ValueType type : method.getSignature()) {
                type(type);
            }
            if (teavm.resolve(method) == null) {
                problem(method.getClassName() + "#" + method.getDescriptor());
            }
        }
    }

    private void field(FieldReference field) {
        if (type(field.getClassName()) && teavm.resolve(field) == null) {
            problem(field.getClassName() + "#" + field.getFieldName());
        }
    }

    private void handle(MethodHandle handle) {
        MethodHandleType kind = handle.getKind();
        switch (kind) {
            case GET_FIELD, GET_STATIC_FIELD, PUT_FIELD, PUT_STATIC_FIELD ->
                    field(new FieldReference(handle.getClassName(), handle.getName()));
            default -> method(new MethodReference(handle.getClassName(),
                    new MethodDescriptor(handle.getName(), handle.signature())));
        }
    }

    /** Every class, method and field an instruction names. */
    private final class References extends AbstractInstructionReader {

        @Override
        public void classConstant(VariableReader receiver, ValueType cst) {
            type(cst);
        }

        @Override
        public void cast(VariableReader receiver, VariableReader value, ValueType targetType, boolean weak) {
            type(targetType);
        }

        @Override
        public void createArray(VariableReader receiver, ValueType itemType, VariableReader size) {
            type(itemType);
        }

        @Override
        public void createArray(VariableReader receiver, ValueType itemType,
                List<? extends VariableReader> dimensions) {
            type(itemType);
        }

        @Override
        public void create(VariableReader receiver, String type) {
            type(type);
        }

        @Override
        public void getField(VariableReader receiver, VariableReader instance, FieldReference field,
                ValueType fieldType) {
            field(field);
        }

        @Override
        public void putField(VariableReader instance, FieldReference field, VariableReader value,
                ValueType fieldType) {
            field(field);
        }

        @Override
        public void invoke(VariableReader receiver, VariableReader instance, MethodReference method,
                List<? extends VariableReader> arguments, InvocationType type) {
            method(method);
        }

        @Override
        public void invokeDynamic(VariableReader receiver, VariableReader instance, MethodDescriptor method,
                List<? extends VariableReader> arguments, MethodHandle bootstrapMethod,
                List<RuntimeConstant> bootstrapArguments) {
            for (ValueType type : method.getSignature()) {
                type(type);
            }
            if (!BOOTSTRAPS.contains(bootstrapMethod.getClassName())) {
                problem(bootstrapMethod.getClassName() + "#" + bootstrapMethod.getName()
                        + " (invokedynamic bootstrap)");
            }
            for (RuntimeConstant argument : bootstrapArguments) {
                if (argument.getKind() == RuntimeConstant.METHOD_HANDLE) {
                    handle(argument.getMethodHandle());
                } else if (argument.getKind() == RuntimeConstant.TYPE) {
                    type(argument.getValueType());
                }
            }
        }

        @Override
        public void isInstance(VariableReader receiver, VariableReader value, ValueType type) {
            type(type);
        }

        @Override
        public void initClass(String className) {
            type(className);
        }
    }
}
