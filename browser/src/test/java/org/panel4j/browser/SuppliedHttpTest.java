package org.panel4j.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.browser.jdk.java.net.http.HttpClient;
import org.panel4j.browser.jdk.java.net.http.HttpHeaders;
import org.panel4j.browser.jdk.java.net.http.HttpRequest;
import org.panel4j.browser.jdk.java.net.http.HttpResponse;

/**
 * The page's {@code java.net.http} builds requests and reads bodies as the JDK's does, refusing the same
 * mistakes with the same exceptions (the JDK's own classes are checked side by side where they can be).
 */
class SuppliedHttpTest {

    private static final URI IMAGE = URI.create("https://picsum.photos/800/300?image=3");

    @Test
    void aRequest_keepsWhatTheBuilderSet() {
        HttpRequest request = HttpRequest.newBuilder(IMAGE).timeout(Duration.ofSeconds(20))
                .header("Accept", "image/jpeg").header("accept", "*/*").GET().build();

        assertThat(request.uri()).isEqualTo(IMAGE);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.timeout()).contains(Duration.ofSeconds(20));
        assertThat(request.headers().allValues("ACCEPT")).containsExactly("image/jpeg", "*/*");
        assertThat(request.bodyPublisher()).isEmpty();
        HttpRequest post = HttpRequest.newBuilder(IMAGE).POST(HttpRequest.BodyPublishers.ofString("é")).build();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.bodyPublisher().orElseThrow().contentLength()).isEqualTo(2);
    }

    @Test
    void theJdksMistakes_areRefusedAlike() {
        assertRefusedAlike(() -> HttpRequest.newBuilder(URI.create("ftp://x/y")),
                () -> java.net.http.HttpRequest.newBuilder(URI.create("ftp://x/y")));
        assertRefusedAlike(() -> HttpRequest.newBuilder(URI.create("/relative")),
                () -> java.net.http.HttpRequest.newBuilder(URI.create("/relative")));
        assertRefusedAlike(() -> HttpRequest.newBuilder(IMAGE).header("Host", "x"),
                () -> java.net.http.HttpRequest.newBuilder(IMAGE).header("Host", "x"));
        assertRefusedAlike(() -> HttpRequest.newBuilder(IMAGE).header("bad name", "x"),
                () -> java.net.http.HttpRequest.newBuilder(IMAGE).header("bad name", "x"));
        assertRefusedAlike(() -> HttpRequest.newBuilder(IMAGE).header("X-A", "a\r\nb"),
                () -> java.net.http.HttpRequest.newBuilder(IMAGE).header("X-A", "a\r\nb"));
        assertRefusedAlike(() -> HttpRequest.newBuilder(IMAGE).timeout(Duration.ZERO),
                () -> java.net.http.HttpRequest.newBuilder(IMAGE).timeout(Duration.ZERO));
        assertRefusedAlike(() -> HttpRequest.newBuilder(IMAGE).headers("X-A"),
                () -> java.net.http.HttpRequest.newBuilder(IMAGE).headers("X-A"));
        assertThatThrownBy(() -> HttpRequest.newBuilder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> java.net.http.HttpRequest.newBuilder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientDefaults_areTheJdks() {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(client.followRedirects().name()).isEqualTo(java.net.http.HttpClient.Redirect.NEVER.name());
        assertThat(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build().connectTimeout()).contains(Duration.ofSeconds(5));
    }

    @Test
    void bodyHandlers_makeBytesTextAndNothing() {
        HttpHeaders latin1 = HttpHeaders.of(Map.of("Content-Type", List.of("text/plain; charset=ISO-8859-1")),
                (n, v) -> true);
        HttpHeaders none = HttpHeaders.of(Map.of(), (n, v) -> true);
        byte[] e = {(byte) 0xE9};
        byte[] utf8 = "é".getBytes(StandardCharsets.UTF_8);

        assertThat(HttpResponse.BodyHandlers.ofString().decode(info(latin1), e)).isEqualTo("é");
        assertThat(HttpResponse.BodyHandlers.ofString().decode(info(none), utf8)).isEqualTo("é");
        assertThat(HttpResponse.BodyHandlers.ofByteArray().decode(info(none), utf8)).isEqualTo(utf8);
        assertThat(HttpResponse.BodyHandlers.discarding().decode(info(none), utf8)).isNull();
        assertThat(latin1.firstValue("content-TYPE")).contains("text/plain; charset=ISO-8859-1");
        assertThat(none.firstValue("content-type")).isEmpty();
    }

    private static HttpResponse.ResponseInfo info(HttpHeaders headers) {
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static void assertRefusedAlike(Runnable page, Runnable jdk) {
        Throwable expected = org.assertj.core.api.Assertions.catchThrowable(jdk::run);
        assertThat(expected).as("the JDK refuses it").isNotNull();
        assertThatThrownBy(page::run).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }
}
