package io.switchboard.presence.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A platform's webhook endpoint on 127.0.0.1 that records what the bridge delivers. */
public final class WebhookReceiver implements AutoCloseable {

    public record Delivery(String timestamp, String signature, String body, JsonNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = 204;
            if (failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
            } else {
                String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
                deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Switchboard-Timestamp"),
                        exchange.getRequestHeaders().getFirst("X-Switchboard-Signature"), text, JSON.readTree(text)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Delivery> deliveries() {
        return deliveries;
    }

    /** Platform states delivered for a user, in arrival order. */
    public List<String> states(String userId) {
        return deliveries.stream().filter(d -> userId.equals(d.json().path("userId").asText())).map(d -> d.json().path("state").asText()).toList();
    }

    /** The next {@code n} requests are answered 503. */
    public void failNext(int n) {
        failuresToAnswer.set(n);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
