package org.panel4j.oidc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pass-through HTTP proxy in front of the real OpenID provider (mock-oauth2-server), playing a
 * network attacker on demand: it changes the ID token in a token response ({@link Mode#TAMPER}), or asks
 * the provider for the token under another host name, so the token is validly signed but names another
 * issuer ({@link Mode#OTHER_ISSUER}), or for another client, so the token is for another audience
 * ({@link Mode#OTHER_CLIENT}). The provider names itself after the proxy through {@code X-Forwarded-Port}.
 */
final class ProviderProxy implements AutoCloseable {

    /** What the proxy does to the next token responses. */
    enum Mode { PASS, TAMPER, OTHER_ISSUER, OTHER_CLIENT }

    private static final Set<String> HOP = Set.of("host", "connection", "content-length", "transfer-encoding", "upgrade",
            "keep-alive", "expect");
    private static final Pattern ID_TOKEN = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int target;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile Mode mode = Mode.PASS;

    ProviderProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** How many token requests came through so far. */
    int tokenRequests() {
        return tokenRequests.get();
    }

    void mode(Mode value) {
        this.mode = value;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean token = exchange.getRequestURI().getPath().endsWith("/token");
            if (token) {
                tokenRequests.incrementAndGet();
            }
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                boolean otherClient = token && mode == Mode.OTHER_CLIENT && name.equalsIgnoreCase("authorization");
                if (otherClient) {
                    request.header(name, "Basic " + Base64.getEncoder().encodeToString(
                            "another-client:its secret".getBytes(StandardCharsets.UTF_8)));
                } else if (!HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            if (!(token && mode == Mode.OTHER_ISSUER)) {
                request.header("X-Forwarded-Port", String.valueOf(port()));
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] answer = response.body();
            if (token && mode == Mode.TAMPER) {
                answer = tamper(new String(answer, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The token response with the ID token's subject changed from alice to mallory, its signature kept. */
    private static String tamper(String json) {
        Matcher m = ID_TOKEN.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no id_token in " + json);
        }
        String[] parts = m.group(1).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replace("\"alice\"", "\"mallory\"");
        if (changed.equals(payload)) {
            throw new AssertionError("no alice in " + payload);
        }
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8));
        return json.substring(0, m.start(1)) + String.join(".", parts) + json.substring(m.end(1));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
