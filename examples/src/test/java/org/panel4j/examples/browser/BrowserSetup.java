package org.panel4j.examples.browser;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link Browser} and one {@link ExamplesServer} for a test class, started before its first test
 * and stopped after its last (the class is skipped when Chromium is missing).
 *
 * {@snippet :
 * @RegisterExtension
 * static final BrowserSetup SETUP = new BrowserSetup();
 * // in a test: SETUP.browser().open(SETUP.server().url("/async_click"));
 * }
 */
final class BrowserSetup implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final Supplier<ExamplesServer> serverFactory;
    private @Nullable Browser browser;
    private @Nullable ExamplesServer server;

    /** Serves every example with the usual picsum stand-in. */
    BrowserSetup() {
        this(ExamplesServer::start);
    }

    /** Serves what {@code serverFactory} starts. */
    BrowserSetup(Supplier<ExamplesServer> serverFactory) {
        this.serverFactory = serverFactory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
        server = serverFactory.get();
    }

    /** A test whose page logged an error fails ({@link ConsoleErrors}). */
    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.assertNoPageErrors();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    Browser browser() {
        return Objects.requireNonNull(browser, "browser (only while the class runs)");
    }

    ExamplesServer server() {
        return Objects.requireNonNull(server, "server (only while the class runs)");
    }
}
