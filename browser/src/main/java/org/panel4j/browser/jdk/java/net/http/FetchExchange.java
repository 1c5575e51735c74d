package org.panel4j.browser.jdk.java.net.http;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panel4j.browser.FetchGlue;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * One request through the browser's {@code fetch}, the calling green thread waiting on this object's
 * monitor until JavaScript settles it. The promise settles on a JavaScript turn, where Java code must
 * not wait, so the answer is only stored there and a short green thread wakes the caller: resuming by
 * {@code notifyAll} gives the caller back its own {@code Thread.currentThread()} (a bare {@code @Async}
 * callback would not); an interrupt of the wait aborts the fetch (not yet verified in a browser).
 */
final class FetchExchange {

    /** A fetched answer: status, final URL ("" if the browser did not say), headers and the whole body. */
    record Answer(int status, String url, Map<String, List<String>> headers, byte[] body) {}

    private final String what;
    private boolean settled;
    private Answer answer;
    private IOException failure;

    private FetchExchange(String what) {
        this.what = what;
    }

    /** Fetches {@code request}, following redirects if {@code follow}, and waits for the answer. */
    static Answer exchange(HttpRequest request, boolean follow) throws IOException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        JSArray<JSString> headers = JSArray.create();
        request.headers().map().forEach((name, values) -> values.forEach(value -> {
            headers.push(JSString.valueOf(name));
            headers.push(JSString.valueOf(value));
        }));
        byte[] body = request.bodyPublisher().map(p -> ((HttpRequest.Bytes) p).bytes()).orElse(new byte[0]);
        int timeout = request.timeout().map(FetchExchange::millis).orElse(0);
        var exchange = new FetchExchange(request.method() + " " + request.uri());
        JSObject controller = FetchGlue.start(request.method(), request.uri().toString(), headers,
                body.length == 0 ? null : Int8Array.copyFromJavaArray(body), timeout, follow,
                exchange::done, exchange::failed);
        return exchange.await(controller);
    }

    private synchronized Answer await(JSObject controller) throws IOException, InterruptedException {
        try {
            while (!settled) {
                wait();
            }
        } catch (InterruptedException e) {
            FetchGlue.abort(controller);
            throw e;
        }
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    private void done(int status, String url, JSArrayReader<JSString> pairs, ArrayBuffer body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.getLength(); i += 2) {
            headers.computeIfAbsent(pairs.get(i).stringValue(), k -> new ArrayList<>())
                    .add(pairs.get(i + 1).stringValue());
        }
        settle(new Answer(status, url, headers, Int8Array.create(body).copyToJavaArray()), null);
    }

    private void failed(String kind, String message) {
        settle(null, switch (kind) {
            case "timeout" -> new HttpTimeoutException("request timed out: " + what);
            case "redirect" -> new IOException(what + " answered with a redirect, which a client with"
                    + " Redirect.NEVER does not follow (the browser hides a redirect's answer)");
            default -> new IOException(what + " failed in the browser (" + message + "): the server is"
                    + " unreachable, or it does not allow this page's origin (CORS)");
        });
    }

    /** Runs on a JavaScript turn: stores the outcome and wakes the waiting thread from a green thread. */
    private void settle(Answer fetched, IOException failed) {
        if (settled) {
            return;
        }
        settled = true;
        answer = fetched;
        failure = failed;
        new Thread(this::wake, "panel4j-fetch").start();
    }

    private synchronized void wake() {
        notifyAll();
    }

    private static int millis(Duration timeout) {
        long millis = timeout.getSeconds() < Integer.MAX_VALUE / 1000 ? timeout.toMillis() : Integer.MAX_VALUE;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }
}
