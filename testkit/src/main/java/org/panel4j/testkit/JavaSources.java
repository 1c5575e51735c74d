package org.panel4j.testkit;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;

/** Compiles a Java source into a classes folder at run time, as an IDE or {@code mvn compile} would. */
public final class JavaSources {

    private JavaSources() {}

    /**
     * Writes {@code source} as the class {@code className} under {@code sources} and compiles it into
     * {@code classes}, against the jars or folders the {@code classpathOf} classes come from.
     *
     * @throws AssertionError if it does not compile
     */
    public static void compile(Path sources, Path classes, String className, String source, Class<?>... classpathOf)
            throws IOException {
        Path file = sources.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        String classpath = Arrays.stream(classpathOf).map(JavaSources::location).distinct()
                .collect(Collectors.joining(File.pathSeparator));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", classpath, file.toString());
        if (status != 0) {
            throw new AssertionError("javac failed (" + status + ") for " + className);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no file location for " + type, e);
        }
    }
}
