package io.switchboard.graph.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.Permission;
import io.switchboard.graph.users.DirectoryUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code /v1.0/communications/presences/{id}} and {@code getPresencesByUserId} (up to 650 ids). */
@Path("/v1.0/communications")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class CommunicationsPresenceResource {

    public static final int MAX_IDS = 650;

    private final Callers callers;
    private final PresenceService presence;

    public CommunicationsPresenceResource(Callers callers, PresenceService presence) {
        this.callers = callers;
        this.presence = presence;
    }

    @GET
    @Path("/presences/{id}")
    public String get(@PathParam("id") String id, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.PRESENCE_READ);
        ObjectNode body = presence.view(caller.tenant(), id);
        body.put("@odata.context", callers.graphBase(uri) + "/$metadata#communications/presences/$entity");
        return Json.write(body);
    }

    /** Users that do not exist are left out of the answer rather than failing the whole batch. */
    @POST
    @Path("/getPresencesByUserId")
    public String byUserIds(JsonNode body, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.PRESENCE_READ);
        JsonNode ids = body == null ? null : body.get("ids");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw GraphException.badRequest("The request body must contain a non-empty 'ids' array.");
        }
        if (ids.size() > MAX_IDS) {
            throw GraphException.badRequest("The number of ids (" + ids.size() + ") exceeds the limit of " + MAX_IDS + " per request.");
        }
        ObjectNode out = Json.object();
        out.put("@odata.context", callers.graphBase(uri) + "/$metadata#Collection(presence)");
        ArrayNode value = out.putArray("value");
        for (JsonNode id : ids) {
            caller.tenant().directory().findActive(id.asText()).map(DirectoryUser::id)
                    .ifPresent(userId -> value.add(PresenceService.render(userId, presence.current(caller.tenant(), userId))));
        }
        return Json.write(out);
    }
}
