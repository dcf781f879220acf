package io.switchboard.graph.delta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.Permission;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /v1.0/users/delta}. */
@Path("/v1.0/users/{function: delta(\\(\\))?}")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class DeltaResource {

    private final Callers callers;
    private final DeltaService delta;

    public DeltaResource(Callers callers, DeltaService delta) {
        this.callers = callers;
        this.delta = delta;
    }

    @GET
    public String delta(@QueryParam("$select") String select, @QueryParam("$skiptoken") String skipToken,
                        @QueryParam("$deltatoken") String deltaToken, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.USERS_READ);
        DeltaService.DeltaPage page = delta.page(caller.tenant(), select, skipToken, deltaToken);
        String base = callers.graphBase(uri);
        ObjectNode body = Json.object();
        body.put("@odata.context", base + "/$metadata#users");
        if (page.nextToken() != null) {
            body.put("@odata.nextLink", base + "/users/delta?$skiptoken=" + page.nextToken().encode());
        } else {
            body.put("@odata.deltaLink", base + "/users/delta?$deltatoken=" + page.deltaToken().encode());
        }
        ArrayNode value = body.putArray("value");
        page.items().forEach(value::add);
        return Json.write(body);
    }
}
