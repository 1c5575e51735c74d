package org.panel4j.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Copies files and folders from the class path (a folder or a jar) into the site. */
final class ClassPathFiles {

    private final ClassLoader loader;

    ClassPathFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** Copies the resource {@code name} to {@code target}. */
    void copyFile(String name, Path target) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConvertException("no " + name + " on the class path");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies every file under the resource folder {@code folder} (ending in {@code /}) into {@code target}.
     * The folder is found through {@code anchor}, a file on the same class path entry (a jar need not list
     * its folders).
     */
    void copyFolder(String folder, String anchor, Path target) {
        URL url = loader.getResource(anchor);
        if (url == null) {
            throw new ConvertException("no " + anchor + " on the class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                Path file = Path.of(url.toURI());
                Path root = file;
                for (int i = 0; i < anchor.split("/").length; i++) {
                    root = root.getParent();
                }
                copyTree(root.resolve(folder), folder, target);
            } else if (url.getProtocol().equals("jar")) {
                String text = url.toString();
                var jar = java.net.URI.create(text.substring(0, text.indexOf("!/")));
                try (FileSystem opened = open(jar)) {
                    FileSystem files = opened != null ? opened : FileSystems.getFileSystem(jar);
                    copyTree(files.getPath("/" + folder), folder, target);
                }
            } else {
                throw new ConvertException("cannot list " + url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new ConvertException("cannot read " + url, e);
        }
    }

    /** The jar's file system, opened here (to close), or {@code null} if another part of the JVM has it open. */
    private static FileSystem open(java.net.URI jar) throws IOException {
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return null;
        }
    }

    private static void copyTree(Path from, String folder, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new ConvertException("no " + folder + " on the class path");
        }
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(path)) {
                    Path target = to.resolve(from.relativize(path).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
