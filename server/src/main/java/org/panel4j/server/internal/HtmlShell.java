package org.panel4j.server.internal;

import java.util.List;

/** The HTML pages the server writes: an app's shell carrying the boot JSON, and the index of apps. */
final class HtmlShell {

    /**
     * Where the browser client's files are served, revalidated on each use; pages load them from
     * {@link VersionedClientFiles#prefix()}, kept by browsers.
     */
    static final String STATIC = "/static/panel4j";

    /** Where uPlot's files (from its WebJar, files under dist/) are served; the Figure view imports them from here. */
    static final String UPLOT = "/static/uplot";

    /** The WebJar folder served at {@link #UPLOT} (the version is the server pom's {@code uplot.version}). */
    static final String UPLOT_RESOURCES = "META-INF/resources/webjars/uplot/1.6.30/";

    /** Where pdf.js's files are served; the PDF view imports them from here. */
    static final String PDFJS = "/static/pdfjs";

    /** The WebJar folder served at {@link #PDFJS} (the version is the server pom's {@code pdfjs.version}). */
    static final String PDFJS_RESOURCES = "META-INF/resources/webjars/pdfjs-dist/5.4.624/";

    /** Where Apache ECharts' files (from its WebJar, files under dist/) are served; the ECharts view imports them. */
    static final String ECHARTS = "/static/echarts";

    /** The WebJar folder served at {@link #ECHARTS} (the version is the server pom's {@code echarts.version}). */
    static final String ECHARTS_RESOURCES = "META-INF/resources/webjars/echarts/5.3.1/";

    /** Where Tabulator's files (from its WebJar, files under dist/) are served; the Table view imports them. */
    static final String TABULATOR = "/static/tabulator";

    /** The WebJar folder served at {@link #TABULATOR} (the version is the server pom's {@code tabulator.version}). */
    static final String TABULATOR_RESOURCES = "META-INF/resources/webjars/tabulator-tables/6.3.1/";

    private HtmlShell() {}

    /** The shell of one app page; {@code bootJson} is placed in a non-executed JSON script element. */
    static String page(String title, String bootJson) {
        String safeJson = bootJson.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return head(title)
                + "<script type=\"application/json\" id=\"p4j-boot\">" + safeJson + "</script>\n"
                + "<script type=\"module\" src=\"" + VersionedClientFiles.prefix() + "/core.js\"></script>\n"
                + "</head>\n<body>\n<main id=\"p4j-root\" class=\"p4j-root\"></main>\n"
                + "<noscript>This app needs JavaScript.</noscript>\n</body>\n</html>\n";
    }

    /** An app as the index lists it. */
    record Listed(String path, String title, String description) {}

    /** A page listing the apps: each a link with its title, its description and its path. */
    static String index(List<Listed> apps) {
        var list = new StringBuilder();
        for (Listed app : apps) {
            list.append("<li><a class=\"p4j-index-link\" href=\"").append(Responses.escapeHtml(app.path())).append("\">")
                    .append(Responses.escapeHtml(app.title())).append("</a>");
            if (!app.description().isEmpty()) {
                list.append("<span class=\"p4j-index-description\">").append(Responses.escapeHtml(app.description()))
                        .append("</span>");
            }
            list.append("<code class=\"p4j-index-path\">").append(Responses.escapeHtml(app.path())).append("</code></li>\n");
        }
        return head("panel4j apps") + "</head>\n<body>\n<main class=\"p4j-root p4j-index\">\n"
                + "<h1>panel4j apps</h1>\n<ul>\n" + list + "</ul>\n</main>\n</body>\n</html>\n";
    }

    private static String head(String title) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Responses.escapeHtml(title) + "</title>\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"" + STATIC + "/favicon.svg\">\n"
                + "<link rel=\"stylesheet\" href=\"" + VersionedClientFiles.prefix() + "/panel4j.css\">\n";
    }
}
