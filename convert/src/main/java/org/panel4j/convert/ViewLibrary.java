package org.panel4j.convert;

import java.util.List;

/**
 * A library a view of the browser client imports from {@code /static/<folder>/} (as the server serves it
 * from its WebJar), with the core class whose view needs it: the site carries the files of a library only
 * when the compiled app reaches that class. The files are the ones the client's views name
 * ({@code ViewLibraryTest} checks both lists against the client).
 */
enum ViewLibrary {

    /** uPlot, for {@code Figure}. */
    UPLOT("org.panel4j.plot.Figure", "uplot", "uplot", List.of("dist/uPlot.esm.js", "dist/uPlot.min.css")),
    /** Tabulator, for {@code Table}. */
    TABULATOR("org.panel4j.table.Table", "tabulator", "tabulator-tables",
            List.of("dist/js/tabulator_esm.min.mjs", "dist/css/tabulator_simple.min.css")),
    /** Apache ECharts, for the {@code ECharts} pane. */
    ECHARTS("org.panel4j.pane.ECharts", "echarts", "echarts", List.of("dist/echarts.esm.min.js")),
    /** pdf.js, for the {@code PDF} pane. */
    PDFJS("org.panel4j.pane.PDF", "pdfjs", "pdfjs-dist", List.of("build/pdf.min.mjs", "build/pdf.worker.min.mjs"));

    private final String viewClass;
    private final String folder;
    private final String webJar;
    private final List<String> files;

    ViewLibrary(String viewClass, String folder, String webJar, List<String> files) {
        this.viewClass = viewClass;
        this.folder = folder;
        this.webJar = webJar;
        this.files = files;
    }

    /** The core class whose view imports the library. */
    String viewClass() {
        return viewClass;
    }

    /** The folder under the site's {@code static/}, as under the server's {@code /static/}. */
    String folder() {
        return folder;
    }

    /** The files the views load, relative to the WebJar's version folder (and to {@link #folder}). */
    List<String> files() {
        return files;
    }

    /** The WebJar's artifact (group {@code org.webjars.npm}), whose pom.properties give its version folder. */
    String webJar() {
        return webJar;
    }

    /** Where the WebJar keeps the files on the class path, e.g. {@code META-INF/resources/webjars/uplot/1.6.30/}. */
    String resourceFolder(ClassLoader loader) {
        String properties = "META-INF/maven/org.webjars.npm/" + webJar + "/pom.properties";
        try (var in = loader.getResourceAsStream(properties)) {
            if (in == null) {
                throw new ConvertException("the " + webJar + " WebJar (org.webjars.npm) is not on the class path;"
                        + " the app's " + viewClass + " needs it");
            }
            var read = new java.util.Properties();
            read.load(in);
            return "META-INF/resources/webjars/" + webJar + "/" + read.getProperty("version") + "/";
        } catch (java.io.IOException e) {
            throw new ConvertException("cannot read " + properties + ": " + e.getMessage(), e);
        }
    }
}
