package io.switchboard.bench.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A platform's presence webhook inside the benchmark process: records when a state for each Teams user arrived
 * (Teams → platform direction). Signatures are not checked: the delay is what is measured.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** The last delivery per user: state and arrival time. */
    public record Delivery(String state, Instant arrivedAt) {
    }

    private final HttpServer server;
    private final Map<String, Delivery> last = new ConcurrentHashMap<>();
    private final AtomicLong deliveries = new AtomicLong();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-webhook");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/presence", exchange -> {
            Instant now = Instant.now();
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = Http.JSON.readTree(in);
                if (body.has("userId")) {
                    last.put(body.path("userId").asText(), new Delivery(body.path("state").asText(), now));
                    deliveries.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                // a body we cannot read still gets its 204: the delay is what is measured
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/presence";
    }

    public Delivery last(String userId) {
        return last.get(userId);
    }

    public long deliveries() {
        return deliveries.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
