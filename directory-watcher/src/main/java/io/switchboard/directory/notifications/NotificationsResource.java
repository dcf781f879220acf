package io.switchboard.directory.notifications;

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
 * Graph's change-notification endpoint for {@code users}. Graph cannot present our bearer tokens, so
 * it is open; each notification is authenticated by its {@code clientState} instead.
 */
@Path("/api/notifications/users")
@PermitAll
public class NotificationsResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotificationService service;

    public NotificationsResource(NotificationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Graph change notifications for users (and the subscription validation handshake)")
    public Response receive(@QueryParam("validationToken") String validationToken, String body) {
        if (validationToken != null) {
            // The handshake: echo the (already URL-decoded) token as text/plain within 10 seconds.
            return Response.ok(validationToken, MediaType.TEXT_PLAIN).build();
        }
        JsonNode notifications;
        try {
            notifications = JSON.readTree(body == null ? "" : body);
        } catch (Exception e) {
            return Response.status(400).type(MediaType.TEXT_PLAIN)
                    .entity("the body is not a Graph change-notification collection ({\"value\":[...]}): " + e.getMessage()).build();
        }
        if (notifications == null) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("an empty body is not a change-notification collection").build();
        }
        service.receive(notifications);
        return Response.accepted().build();
    }
}
