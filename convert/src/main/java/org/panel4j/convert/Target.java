package org.panel4j.convert;

import org.teavm.tooling.TeaVMTargetType;

/** What TeaVM compiles the apps to; the page's {@code inpage.js} loads either. */
public enum Target {

    /** JavaScript, an ES module: loads in every current browser. */
    JS("app.js", TeaVMTargetType.JAVASCRIPT),
    /** WebAssembly with garbage collection (Chromium 119+, Firefox 120+, Safari 18.2+). */
    WASM("app.wasm", TeaVMTargetType.WEBASSEMBLY_GC);

    private final String fileName;
    private final TeaVMTargetType teavm;

    Target(String fileName, TeaVMTargetType teavm) {
        this.fileName = fileName;
        this.teavm = teavm;
    }

    /** The compiled file's name at the site's root. */
    public String fileName() {
        return fileName;
    }

    TeaVMTargetType teavm() {
        return teavm;
    }
}
