package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.server.PanelServer;

/** The {@code /picsum} route over real HTTP: a JPEG of the asked size, and clear errors otherwise. */
class PicsumRouteTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final PicsumHandler PICSUM = new PicsumHandler();
    private static PanelServer server;

    @BeforeAll
    static void start() {
        server = PanelServer.create(config -> config.port(0).app("/", session -> new Column())
                .handler("/picsum", PICSUM)).start();
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
        for (String tooBig : List.of("/picsum/2001/80?image=1", "/picsum/80/2001?image=1", "/picsum/4000/4000?image=1")) {
            HttpResponse<byte[]> response = get(tooBig);
            assertThat(response.statusCode()).as(tooBig).isEqualTo(400);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(tooBig).contains("between 1 and 2000");
        }
        HttpResponse<byte[]> notANumber = get("/picsum/abc/80?image=1");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(new String(notANumber.body(), StandardCharsets.UTF_8)).doesNotContain("abc");
        assertThat(get("/picsum/0/80?image=1").statusCode()).isEqualTo(400);
    }

    @Test
    void picsum_drawsAnImageOnce_andServesItAgainFromItsCache() throws Exception {
        long before = PICSUM.renderCount();
        byte[] first = get("/picsum/400/300?image=77").body();
        assertThat(PICSUM.renderCount()).isEqualTo(before + 1);

        assertThat(get("/picsum/400/300?image=77").body()).isEqualTo(first);
        assertThat(PICSUM.renderCount()).isEqualTo(before + 1);

        get("/picsum/400/300?image=78");
        get("/picsum/400/299?image=77");
        assertThat(PICSUM.renderCount()).isEqualTo(before + 3);
    }
}
