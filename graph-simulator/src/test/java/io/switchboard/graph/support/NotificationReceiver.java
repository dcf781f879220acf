package io.switchboard.graph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on 127.0.0.1: answers Graph's validation handshake and records notifications. */
public final class NotificationReceiver implements AutoCloseable {

    /** How the receiver answers the validation request. */
    public enum Validation { ECHO, WRONG_TOKEN, REFUSE }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> notifications = new CopyOnWriteArrayList<>();
    private volatile Validation validation = Validation.ECHO;

    public NotificationReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
    }

    public void validation(Validation mode) {
        this.validation = mode;
    }

    /** Every notification item received so far (flattened from the batches). */
    public List<JsonNode> items() {
        return notifications;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (query != null && query.startsWith("validationToken=")) {
            String token = URLDecoder.decode(query.substring("validationToken=".length()), StandardCharsets.UTF_8);
            switch (validation) {
                case ECHO -> reply(exchange, 200, token);
                case WRONG_TOKEN -> reply(exchange, 200, "something else");
                case REFUSE -> reply(exchange, 500, "no");
            }
            return;
        }
        JSON.readTree(body).path("value").forEach(notifications::add);
        reply(exchange, 202, "");
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
