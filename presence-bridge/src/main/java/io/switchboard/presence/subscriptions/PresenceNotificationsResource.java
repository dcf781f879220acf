package io.switchboard.presence.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Graph's endpoint for presence change and lifecycle notifications. Graph cannot present our bearer
 * tokens, so it is open; each notification is authenticated by its tenant's random {@code clientState}.
 */
@Path("/api/graph/presence-notifications")
@PermitAll
public class PresenceNotificationsResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PresenceNotificationService service;

    public PresenceNotificationsResource(PresenceNotificationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Graph presence notifications, lifecycle notifications and the subscription validation handshake")
    public Response receive(@QueryParam("validationToken") String validationToken, String body) {
        if (validationToken != null) {
            // the handshake: echo the (already URL-decoded) token as text/plain within 10 seconds
            return Response.ok(validationToken, MediaType.TEXT_PLAIN).build();
        }
        JsonNode notifications;
        try {
            notifications = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (Exception e) {
            notifications = null;
        }
        if (notifications == null || !notifications.path("value").isArray()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN)
                    .entity("the body is not a Graph notification collection ({\"value\":[...]})").build();
        }
        service.receive(notifications);
        return Response.accepted().build();
    }
}
