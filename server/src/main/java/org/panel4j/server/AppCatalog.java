package org.panel4j.server;

import java.util.Map;
import org.panel4j.App;

/**
 * The apps a program serves, path ({@code /} or {@code /name}) to app, in order. Implemented by a public
 * class with a public no-argument constructor, so {@code serve --dev} can load it afresh from the
 * recompiled classes ({@link ServeCommand#ServeCommand(Class)}).
 *
 * {@snippet :
 * public final class MyApps implements AppCatalog {
 *     public Map<String, App> apps() {
 *         return Map.of("/hello", session -> new Markdown("# Hello"));
 *     }
 * }
 * }
 */
@FunctionalInterface
public interface AppCatalog {

    /** The apps by path; called once at start, and again on each reload in dev mode. */
    Map<String, App> apps();
}
