package io.switchboard.graph.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /v1.0/subscriptions}: create (with validation handshake), get, list, renew, delete. */
@Path("/v1.0/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@io.smallrye.common.annotation.NonBlocking
public class SubscriptionsResource {

    private final Callers callers;
    private final SubscriptionService subscriptions;
    private final SimClock clock;

    public SubscriptionsResource(Callers callers, SubscriptionService subscriptions, SimClock clock) {
        this.callers = callers;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @POST
    public Uni<Response> create(JsonNode body, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.authenticated(rc);
        String context = callers.graphBase(uri) + "/$metadata#subscriptions/$entity";
        return subscriptions.create(caller, body).map(s -> {
            ObjectNode out = s.toJson();
            out.put("@odata.context", context);
            return Response.status(201).entity(Json.write(out)).build();
        });
    }

    @GET
    public String list(RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.authenticated(rc);
        ObjectNode body = Json.object();
        body.put("@odata.context", callers.graphBase(uri) + "/$metadata#subscriptions");
        ArrayNode value = body.putArray("value");
        caller.tenant().subscriptions().all().stream()
                .filter(s -> s.applicationId().equalsIgnoreCase(caller.principal().appId()))
                .filter(s -> s.expirationDateTime().isAfter(clock.now()))
                .forEach(s -> value.add(s.toJson()));
        return Json.write(body);
    }

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id, RoutingContext rc) {
        return Json.write(subscriptions.owned(callers.authenticated(rc), id).toJson());
    }

    @PATCH
    @Path("/{id}")
    public String renew(@PathParam("id") String id, JsonNode body, RoutingContext rc) {
        return Json.write(subscriptions.renew(callers.authenticated(rc), id, body).toJson());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, RoutingContext rc) {
        Caller caller = callers.authenticated(rc);
        subscriptions.owned(caller, id);
        caller.tenant().subscriptions().remove(id);
        return Response.noContent().build();
    }
}
