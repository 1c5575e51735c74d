package org.panel4j.server.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.DescribedApp;
import org.panel4j.pane.Alert;
import org.panel4j.server.AppCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dev mode's reloading: serves an {@link AppCatalog}'s apps through stand-ins that build each session
 * from the newest generation of the catalog; when the compiled classes change, loads the catalog afresh
 * in a new {@link ClassesLoader} and runs {@code afterReload} (the server reloads every open page).
 * A generation that fails to load serves pages that show the error until the next change fixes it.
 */
public final class DevReload implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevReload.class);
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final int MAX_TRACE_CHARS = 8_000;

    private final String catalogName;
    private final Path folder;
    private final ClassLoader parent;
    private final AtomicReference<Generation> current;
    private @Nullable ClassesWatcher watcher;

    /** One load of the catalog: its apps, or the error that kept it from loading. */
    private record Generation(int number, Map<String, App> apps, @Nullable Throwable error) {}

    private DevReload(Class<? extends AppCatalog> catalog, Path folder) {
        this.catalogName = catalog.getName();
        this.folder = folder;
        this.parent = catalog.getClassLoader(); // panel4j and libraries from there; the folder's classes afresh
        this.current = new AtomicReference<>(new Generation(1, instantiate(catalog).apps(), null));
    }

    /**
     * Reloading for {@code catalog}, or empty (with a warning) when its classes do not come from a
     * folder (a jar cannot change under a running program).
     */
    public static Optional<DevReload> of(Class<? extends AppCatalog> catalog) {
        Optional<Path> folder = classesFolder(catalog);
        if (folder.isEmpty()) {
            LOG.warn("Dev mode: {} is not loaded from a classes folder; its apps will not reload", catalog.getName());
            return Optional.empty();
        }
        return Optional.of(new DevReload(catalog, folder.get()));
    }

    /** Instantiates a catalog class through its public no-argument constructor. */
    public static AppCatalog instantiate(Class<? extends AppCatalog> catalog) {
        try {
            return catalog.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(catalog.getName()
                    + " must be a public class with a public no-argument constructor: " + e, e);
        }
    }

    private static Optional<Path> classesFolder(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The apps to serve: one stand-in per path of the first generation, each building from the newest. */
    public Map<String, App> apps() {
        var standIns = new LinkedHashMap<String, App>();
        current.get().apps().forEach((path, first) -> {
            App standIn = session -> build(path, session);
            standIns.put(path, first instanceof DescribedApp described
                    ? standIn.describedAs(described.title(), described.description()) : standIn);
        });
        return standIns;
    }

    private Object build(String path, org.panel4j.session.Session session) throws Exception {
        Generation generation = current.get();
        if (generation.error() != null) {
            return errorView(generation);
        }
        App app = generation.apps().get(path);
        if (app == null) {
            return new Alert("The reloaded `" + catalogName + "` has no app at `" + path
                    + "`. Paths are fixed at start: restart the server to serve new ones.", "warning");
        }
        return app.build(session);
    }

    private Alert errorView(Generation generation) {
        var trace = new StringWriter();
        generation.error().printStackTrace(new PrintWriter(trace));
        String text = trace.toString();
        if (text.length() > MAX_TRACE_CHARS) {
            text = text.substring(0, MAX_TRACE_CHARS) + "\n…";
        }
        return new Alert("**Reload " + generation.number() + " of `" + catalogName
                + "` failed.** Fix the code and compile again; this page reloads itself.\n\n```\n"
                + text.replace("```", "'''") + "\n```", "danger");
    }

    /** Starts watching the classes folder; {@code afterReload} runs after each reload, on the watcher's thread. */
    public void watch(Runnable afterReload) {
        if (watcher != null) {
            throw new IllegalStateException("already watching");
        }
        watcher = new ClassesWatcher(folder, SETTLE, () -> {
            reload();
            afterReload.run();
        });
        LOG.info("Dev mode: watching {} for changes of {}'s classes", folder, catalogName);
    }

    /** Loads the next generation from the classes folder as it is now. */
    void reload() {
        int number = current.get().number() + 1;
        try {
            Class<? extends AppCatalog> type = Class.forName(catalogName, true, new ClassesLoader(folder, parent))
                    .asSubclass(AppCatalog.class);
            Map<String, App> apps = Map.copyOf(instantiate(type).apps());
            current.set(new Generation(number, apps, null));
            LOG.info("Dev mode: reloaded {} (generation {})", catalogName, number);
        } catch (Exception | LinkageError e) {
            current.set(new Generation(number, Map.of(), e));
            LOG.error("Dev mode: reloading {} failed; its pages show the error", catalogName, e);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
