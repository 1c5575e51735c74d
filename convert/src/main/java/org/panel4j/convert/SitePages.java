package org.panel4j.convert;

import java.util.List;

/**
 * The site's HTML: one page per app in its own folder, and the index listing them. Every URL in them is
 * relative, so the site works under any path of any static host; the client's views import their
 * libraries from {@code /static/...}, which the page's import map points at the site's own
 * {@code static/} folder (their stylesheets are linked by the page for the same reason).
 */
final class SitePages {

    private SitePages() {}

    /** The page of app {@code name}, loading the site's {@code compiled} file; {@code styles} relative to the site. */
    static String app(String name, String title, String compiled, List<String> styles) {
        var links = new StringBuilder();
        for (String style : styles) {
            links.append("<link rel=\"stylesheet\" href=\"../").append(escape(style)).append("\">\n");
        }
        String config = "{\"app\":\"../" + compiled + "\",\"args\":[\"" + name + "\"]}";
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"../client/favicon.svg\">\n"
                + "<link rel=\"stylesheet\" href=\"../client/panel4j.css\">\n"
                + links
                + "<script type=\"importmap\">{\"imports\":{\"/static/\":\"../static/\"}}</script>\n"
                + "<script type=\"application/json\" id=\"p4j-boot\">"
                + "{\"v\":1,\"token\":\"in-page\",\"csrf\":\"in-page\",\"ws\":\"in-page\"}</script>\n"
                + "<script type=\"application/json\" id=\"p4j-in-page\">" + config + "</script>\n"
                + "<script type=\"module\" src=\"../inpage.js\"></script>\n"
                + "</head>\n<body>\n<main id=\"p4j-root\" class=\"p4j-root\"></main>\n"
                + "<noscript>This app needs JavaScript.</noscript>\n</body>\n</html>\n";
    }

    /** The index: a link to each app's folder. */
    static String index(String title, List<String> names, Target target) {
        var list = new StringBuilder();
        for (String name : names) {
            list.append("<li><a class=\"p4j-index-link\" href=\"").append(name).append("/\">").append(name)
                    .append("</a></li>\n");
        }
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"client/favicon.svg\">\n"
                + "<link rel=\"stylesheet\" href=\"client/panel4j.css\">\n"
                + "</head>\n<body>\n<main class=\"p4j-root p4j-index\">\n<h1>" + escape(title) + "</h1>\n"
                + "<p>These apps run in the page (" + (target == Target.JS ? "JavaScript" : "WebAssembly")
                + ", compiled by TeaVM): no server.</p>\n<ul class=\"p4j-index-list\">\n" + list
                + "</ul>\n</main>\n</body>\n</html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
