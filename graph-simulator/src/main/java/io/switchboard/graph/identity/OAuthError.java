package io.switchboard.graph.identity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/** Entra's OAuth error answers: {@code {"error", "error_description": "AADSTSnnn: ...", "error_codes": [...]}}. */
final class OAuthError extends RuntimeException {

    private final int status;
    private final String error;
    private final int aadsts;

    OAuthError(int status, String error, int aadsts, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.aadsts = aadsts;
    }

    Response toResponse() {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", "AADSTS" + aadsts + ": " + getMessage() + " Trace ID: " + UUID.randomUUID());
        ArrayNode codes = body.putArray("error_codes");
        codes.add(aadsts);
        body.put("timestamp", Json.timestamp(Instant.now()));
        body.put("trace_id", UUID.randomUUID().toString());
        body.put("correlation_id", UUID.randomUUID().toString());
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Json.write(body)).build();
    }
}
