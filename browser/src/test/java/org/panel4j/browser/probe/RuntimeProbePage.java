package org.panel4j.browser.probe;

import static org.panel4j.Panel.async;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.panel4j.browser.InPage;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.pane.JPG;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;
import org.teavm.jso.JSBody;

/**
 * A test page compiled by TeaVM in the browser module's tests: user code as it is written for the
 * server ({@code Thread.sleep(Duration)}, {@code java.net.http}), run in the page (docs/browser.md).
 * The page's query parameter {@code images} names the test's image server (another origin).
 */
public final class RuntimeProbePage {

    private RuntimeProbePage() {}

    /** The page's entry point. */
    public static void main(String[] args) {
        String images = queryParameter("images");
        InPage.run(session -> {
            var sleep = new Button("Sleep");
            var slept = new StaticText();
            sleep.onClick(async(event -> {
                slept.setValue("Sleeping " + event.newValue());
                Thread.sleep(Duration.ofMillis(1500));
                slept.setValue("Slept " + event.newValue());
            }));

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            var status = new StaticText();
            var image = new JPG();
            image.altProperty().set("fetched");
            var fetch = new Button("Fetch image");
            fetch.onClick(async(event -> {
                // as the examples' ImageSource does it on the server
                Thread caller = Thread.currentThread();
                var request = HttpRequest.newBuilder(URI.create(images + "/picsum/80/30?image=3"))
                        .timeout(Duration.ofSeconds(20)).GET().build();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                image.setObject(response.body());
                status.setValue("got " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("?") + " "
                        + response.body().length + " bytes" + (Thread.currentThread() == caller ? ", same thread" : ""));
            }));
            var missing = new Button("Fetch missing");
            missing.onClick(async(event -> {
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(images + "/missing")).build(),
                        HttpResponse.BodyHandlers.ofString());
                status.setValue("got " + response.statusCode() + " " + response.body());
            }));
            var blocked = new Button("Fetch without CORS");
            blocked.onClick(async(event -> status.setValue(failure(client, images + "/nocors", null))));
            var slow = new Button("Fetch slow");
            slow.onClick(async(event -> status.setValue(failure(client, images + "/slow", Duration.ofMillis(300)))));
            return new Column(new Row(sleep, slept), new Row(fetch, missing, blocked, slow), status, image);
        });
    }

    private static String failure(HttpClient client, String url, Duration timeout) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (timeout != null) {
            request.timeout(timeout);
        }
        try {
            return "got " + client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return "failed " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name) || '';")
    private static native String queryParameter(String name);
}
