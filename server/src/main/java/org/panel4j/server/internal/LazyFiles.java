package org.panel4j.server.internal;

import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.jspecify.annotations.Nullable;

/**
 * A folder of class path files (a WebJar's) served by a {@link ResourceHandler} that is made on the
 * first request under its context, not at start: mounting a jar reads its whole directory (pdf.js's
 * holds about 500 files), which a server whose pages never show a plot, a
 * PDF or a table should not pay for at start or in memory (BENCHMARKS.md §11).
 */
final class LazyFiles extends Handler.Abstract {

    private final String classpathFolder;
    private final String cacheControl;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable ResourceHandler files;

    LazyFiles(String classpathFolder, String cacheControl) {
        this.classpathFolder = classpathFolder;
        this.cacheControl = cacheControl;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return files().handle(request, response, callback);
    }

    private ResourceHandler files() throws Exception {
        ResourceHandler made = files;
        if (made != null) {
            return made;
        }
        lock.lock();
        try {
            made = files;
            if (made == null) {
                made = new ResourceHandler();
                made.setServer(getServer());
                made.setBaseResource(ResourceFactory.of(this).newClassLoaderResource(classpathFolder));
                made.setDirAllowed(false);
                made.setCacheControl(cacheControl);
                addBean(made, true);
                made.start();
                files = made;
            }
            return made;
        } finally {
            lock.unlock();
        }
    }
}
