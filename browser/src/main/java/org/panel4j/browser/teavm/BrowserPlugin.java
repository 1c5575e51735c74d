package org.panel4j.browser.teavm;

import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * The browser module's TeaVM compiler plugin (found through {@code META-INF/services}): adds the JDK
 * members the page needs that TeaVM's class library lacks and that cannot be supplied as a whole class
 * (docs/browser.md). Read by the compiler only; never part of the page.
 */
public final class BrowserPlugin implements TeaVMPlugin {

    /** The plugin; made by the compiler. */
    public BrowserPlugin() {}

    @Override
    public void install(TeaVMHost host) {
        host.add(new ThreadSleepDuration());
    }
}
