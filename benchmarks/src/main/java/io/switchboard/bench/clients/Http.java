package io.switchboard.bench.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** JSON over java.net.http with an optional bearer token; non-2xx answers raise {@link HttpFailure}. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** A non-2xx answer. */
    public static final class HttpFailure extends RuntimeException {
        private final int status;

        HttpFailure(String method, String url, int status, String body) {
            super(method + " " + url + " answered " + status + ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    public Http(Duration timeout) {
        // a pool of its own: the default executor would share the common pool with the scenarios' work
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                }))
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
    }

    public JsonNode get(String url, Supplier<String> token) {
        return send("GET", url, null, token);
    }

    public JsonNode post(String url, Object body, Supplier<String> token) {
        return send("POST", url, body, token);
    }

    public JsonNode patch(String url, Object body, Supplier<String> token) {
        return send("PATCH", url, body, token);
    }

    public JsonNode delete(String url, Supplier<String> token) {
        return send("DELETE", url, null, token);
    }

    /** A form POST (OAuth token requests). */
    public JsonNode form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return exchange("POST", url, request);
    }

    /** The raw answer (status and body) without raising on non-2xx: webhooks and health checks. */
    public HttpResponse<String> raw(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode send(String method, String url, Object body, Supplier<String> token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token.get());
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        return exchange(method, url, builder.build());
    }

    private JsonNode exchange(String method, String url, HttpRequest request) {
        HttpResponse<String> response = raw(request);
        if (response.statusCode() / 100 != 2) {
            throw new HttpFailure(method, url, response.statusCode(), response.body());
        }
        try {
            return response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
