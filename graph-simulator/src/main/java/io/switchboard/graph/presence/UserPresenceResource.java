package io.switchboard.graph.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.Permission;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /v1.0/users/{id}/presence} and its actions. */
@Path("/v1.0/users/{id}/presence")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class UserPresenceResource {

    private final Callers callers;
    private final PresenceService presence;

    public UserPresenceResource(Callers callers, PresenceService presence) {
        this.callers = callers;
        this.presence = presence;
    }

    @GET
    public String get(@PathParam("id") String id, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.PRESENCE_READ);
        ObjectNode body = presence.view(caller.tenant(), id);
        body.put("@odata.context", callers.graphBase(uri) + "/$metadata#users('" + id + "')/presence/$entity");
        return Json.write(body);
    }

    @POST
    @Path("/setPresence")
    public Response setPresence(@PathParam("id") String id, JsonNode body, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.PRESENCE_WRITE);
        presence.setPresence(caller.tenant(), caller.principal(), id, body);
        return Response.ok().build();
    }

    @POST
    @Path("/clearPresence")
    public Response clearPresence(@PathParam("id") String id, JsonNode body, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.PRESENCE_WRITE);
        presence.clearPresence(caller.tenant(), id, body);
        return Response.ok().build();
    }

    @POST
    @Path("/setUserPreferredPresence")
    public Response setPreferred(@PathParam("id") String id, JsonNode body, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.PRESENCE_WRITE);
        presence.setPreferred(caller.tenant(), id, body);
        return Response.ok().build();
    }

    @POST
    @Path("/clearUserPreferredPresence")
    public Response clearPreferred(@PathParam("id") String id, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.PRESENCE_WRITE);
        presence.clearPreferred(caller.tenant(), id);
        return Response.ok().build();
    }
}
