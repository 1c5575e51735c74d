package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.server.PanelServer;

/** The {@code /picsum} route over real HTTP: a JPEG of the asked size, and clear errors otherwise. */
class PicsumRouteTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static PanelServer server;

    @BeforeAll
    static void start() {
        server = PanelServer.create(config -> config.port(0).app("/", session -> new Column())
                .handler("/picsum", new PicsumHandler())).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void picsum_answersAJpegOfTheAskedSize_thatImagesOwn() throws Exception {
        HttpResponse<byte[]> response = get("/picsum/120/80?image=3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/jpeg"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(80);
        assertThat(response.body()).isEqualTo(PicsumStandIn.jpeg(3, 120, 80));
        assertThat(get("/picsum/120/80?image=4").body()).isNotEqualTo(response.body());
    }

    @Test
    void picsum_wrongShapeOrSize_isA4xxWithAHint() throws Exception {
        assertThat(get("/picsum/120").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> tooBig = get("/picsum/5000/80?image=1");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(new String(tooBig.body(), StandardCharsets.UTF_8)).contains("between 1 and 4000");
        assertThat(get("/picsum/abc/80?image=1").statusCode()).isEqualTo(400);
    }
}
