package org.panel4j.server.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the classes of one compiled-classes folder afresh (child first), everything else (panel4j, the
 * JDK, libraries) from its parent: one generation of a dev-mode app. A class the folder holds is always
 * this loader's own, so a reload sees the new bytes even though the parent could load the old ones.
 */
final class ClassesLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Path folder;

    ClassesLoader(Path folder, ClassLoader parent) {
        super("panel4j-dev", new URL[] {url(folder)}, parent);
        this.folder = folder;
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a folder path: " + folder, e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!Files.isRegularFile(folder.resolve(name.replace('.', '/') + ".class"))) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
