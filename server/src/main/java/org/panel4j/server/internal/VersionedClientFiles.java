package org.panel4j.server.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the browser client's files under {@code /static/panel4j/v/<version>/…} with a cache lifetime of
 * a year ({@code immutable}): a page loads core.js there, and its relative imports of the views stay under
 * the same prefix, so a page opened again takes every module from the browser's cache instead of asking
 * for each again (docs/decisions/0027-client-caching.md). Any well-formed version is served the files of
 * this build: during a rolling restart a page written by the other build still loads. The files
 * themselves come from {@code files}, the handler of {@code /static/panel4j}, given the path without
 * the version.
 */
final class VersionedClientFiles extends Handler.Wrapper {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    /** The version, then the file's path: plain names whose segments never start with a dot (no {@code ..}). */
    private static final Pattern PATH = Pattern.compile(Pattern.quote(HtmlShell.STATIC)
            + "/v/([A-Za-z0-9._-]{1,64})((?:/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){1,4})");

    VersionedClientFiles(Handler files) {
        super(files);
    }

    /** The prefix of this build's files, e.g. {@code /static/panel4j/v/0.1.0-20261128000000}. */
    static String prefix() {
        return HtmlShell.STATIC + "/v/" + ClientVersion.CURRENT;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Matcher m = PATH.matcher(request.getHttpURI().getPath());
        if (!m.matches()) {
            return false;
        }
        HttpURI unversioned = HttpURI.build(request.getHttpURI()).path(HtmlShell.STATIC + m.group(2)).asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return unversioned;
            }
        }, response, callback);
    }
}
