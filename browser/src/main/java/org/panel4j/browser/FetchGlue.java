package org.panel4j.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The JavaScript side of the page's {@code java.net.http} ({@code FetchExchange}): starts a {@code fetch}
 * and aborts one. Kept outside the classes renamed into {@code java.*}, whose {@code @JSBody} methods
 * TeaVM's WebAssembly GC target does not take. Public for that class only; not an API.
 */
public final class FetchGlue {

    private FetchGlue() {}

    /** What JavaScript calls with a whole answer. */
    @JSFunctor
    public interface Done extends JSObject {
        void done(int status, String url, JSArrayReader<JSString> headers, ArrayBuffer body);
    }

    /** What JavaScript calls when the fetch fails: its kind (timeout, aborted, redirect or network). */
    @JSFunctor
    public interface Failed extends JSObject {
        void failed(String kind, String message);
    }

    // TeaVM renames the parameters to short names when it minifies: locals here are long, so none shadows one
    @JSBody(params = {"method", "url", "headers", "body", "timeout", "follow", "done", "failed"}, script = ""
            + "var controller = new AbortController(); var timedOut = false; var timer = 0;"
            + "if (timeout > 0) { timer = setTimeout(function () { timedOut = true; controller.abort(); }, timeout); }"
            + "function fail(error) { clearTimeout(timer);"
            + "  failed(timedOut ? 'timeout' : controller.signal.aborted ? 'aborted' : 'network',"
            + "      String(error && error.message || error)); }"
            + "try {"
            + "  var init = { method: method, headers: new Headers(), signal: controller.signal,"
            + "      redirect: follow ? 'follow' : 'manual' };"
            + "  for (var index = 0; index + 1 < headers.length; index += 2) {"
            + "    init.headers.append(headers[index], headers[index + 1]); }"
            + "  if (body !== null) { init.body = body; }"
            + "  fetch(url, init).then(function (response) {"
            + "    if (response.type === 'opaqueredirect') { clearTimeout(timer); failed('redirect', ''); return; }"
            + "    var pairs = [];"
            + "    response.headers.forEach(function (value, name) { pairs.push(name, value); });"
            + "    return response.arrayBuffer().then(function (buffer) {"
            + "      clearTimeout(timer); done(response.status, response.url || '', pairs, buffer); });"
            + "  }).catch(fail);"
            + "} catch (error) { fail(error); }"
            + "return controller;")
    public static native JSObject start(String method, String url, JSArray<JSString> headers, Int8Array body,
            int timeout, boolean follow, Done done, Failed failed);

    @JSBody(params = "controller", script = "controller.abort();")
    public static native void abort(JSObject controller);
}
