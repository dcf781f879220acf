package io.switchboard.graph.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.switchboard.graph.common.GraphErrors;
import io.switchboard.graph.common.Json;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;

/**
 * Executes one batch step by sending it to this very server over loopback HTTP, so that it passes exactly the
 * same token check, faults, request log and handlers as a direct call.
 */
@ApplicationScoped
public class BatchExecutor {

    private final HttpClient http;

    public BatchExecutor(Vertx vertx) {
        this.http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(40).setKeepAlive(true));
    }

    public Uni<ObjectNode> execute(JsonNode step, int port, String authorization) {
        String id = step.path("id").asText();
        String url = step.path("url").asText("");
        String path = url.replaceFirst("^https?://[^/]+", "");
        path = path.startsWith("/") ? path : "/" + path;
        if (!path.startsWith("/v1.0/")) {
            path = "/v1.0" + path;
        }
        if (path.startsWith("/v1.0/$batch")) {
            return Uni.createFrom().item(error(id, 400, "BadRequest", "A batch request cannot contain another batch."));
        }
        HttpMethod method = HttpMethod.valueOf(step.path("method").asText("GET").toUpperCase(java.util.Locale.ROOT));
        RequestOptions options = new RequestOptions().setMethod(method).setHost("127.0.0.1").setPort(port).setURI(path);
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = step.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            options.putHeader(header.getKey(), header.getValue().asText());
        }
        JsonNode body = step.get("body");
        Buffer payload = body == null || body.isNull() ? null
                : Buffer.buffer(body.isTextual() ? body.asText() : Json.write(body));
        if (payload != null && !options.getHeaders().contains("Content-Type")) {
            options.putHeader("Content-Type", "application/json");
        }
        var future = http.request(options)
                .compose(request -> payload == null ? request.send() : request.send(payload))
                .compose(response -> response.body().map(buffer -> {
                    ObjectNode out = Json.object();
                    out.put("id", id);
                    out.put("status", response.statusCode());
                    ObjectNode headers = out.putObject("headers");
                    for (String name : new String[] {"Content-Type", "Location", "Retry-After"}) {
                        String value = response.getHeader(name);
                        if (value != null) {
                            headers.put(name, value);
                        }
                    }
                    if (buffer.length() > 0) {
                        String text = buffer.toString();
                        out.set("body", text.startsWith("{") || text.startsWith("[") ? Json.read(text) : Json.object().textNode(text));
                    }
                    return out;
                }));
        return Uni.createFrom().completionStage(future.toCompletionStage())
                .onFailure().recoverWithItem(e -> error(id, 500, "UnknownError", "Batch step failed: " + e.getMessage()));
    }

    static ObjectNode error(String id, int status, String code, String message) {
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("status", status);
        out.putObject("headers").put("Content-Type", "application/json");
        out.set("body", GraphErrors.body(code, message, null));
        return out;
    }
}
