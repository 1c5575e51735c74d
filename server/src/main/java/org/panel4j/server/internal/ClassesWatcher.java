package org.panel4j.server.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a compiled-classes folder and its subfolders; once writes have been quiet for {@code settle}
 * (a compiler writes many files) and the files' contents differ from the last time (reading a class file
 * touches its access time, which the file system reports as a change too), runs {@code onChange} on its
 * own thread. Closing stops it.
 */
final class ClassesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClassesWatcher.class);

    private final WatchService watcher;
    private final Duration settle;
    private final Runnable onChange;
    private final Path folder;
    private final Thread thread;
    private long contents;

    ClassesWatcher(Path folder, Duration settle, Runnable onChange) {
        this.folder = folder;
        this.settle = settle;
        this.onChange = onChange;
        try {
            this.watcher = folder.getFileSystem().newWatchService();
            registerTree(folder);
            this.contents = fingerprint();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder + " for changes", e);
        }
        this.thread = Thread.ofPlatform().daemon().name("panel4j-dev-watch").start(this::run);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = watcher.take();
                drain(first);
                // wait until nothing more has been written for `settle`
                WatchKey next;
                while ((next = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next);
                }
                changed();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void changed() {
        try {
            long now = fingerprint();
            if (now == contents) {
                return;
            }
            contents = now;
            onChange.run();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot read {} (written meanwhile?): {}; waiting for the next change", folder, e.toString());
        } catch (RuntimeException e) {
            LOG.error("Reloading after a change of the compiled classes failed", e);
        }
    }

    /** A checksum of every file's relative path and bytes. */
    private long fingerprint() throws IOException {
        var crc = new CRC32();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                crc.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                crc.update(Files.readAllBytes(file));
            }
        }
        return crc.getValue();
    }

    /** Takes a key's events; a new subfolder (a new package) is watched too. */
    private void drain(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(folder.resolve(name))) {
                try {
                    registerTree(folder.resolve(name));
                } catch (IOException e) {
                    LOG.warn("Cannot watch the new folder {}: {}", folder.resolve(name), e.toString());
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("Closing the class watcher: {}", e.toString());
        }
        thread.interrupt();
    }
}
