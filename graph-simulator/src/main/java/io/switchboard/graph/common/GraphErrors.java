package io.switchboard.graph.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Renders Graph's error body, used by the JAX-RS mapper and by the Vert.x filters alike. */
public final class GraphErrors {

    private GraphErrors() {
    }

    public static ObjectNode body(String code, String message, String requestId) {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        ObjectNode inner = error.putObject("innerError");
        inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        inner.put("request-id", requestId == null ? UUID.randomUUID().toString() : requestId);
        inner.put("client-request-id", requestId == null ? UUID.randomUUID().toString() : requestId);
        return root;
    }

    public static Buffer buffer(String code, String message, String requestId) {
        return Buffer.buffer(Json.write(body(code, message, requestId)));
    }
}
