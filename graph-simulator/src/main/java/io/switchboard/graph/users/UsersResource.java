package io.switchboard.graph.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.Permission;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /v1.0/users}: list with $select/$filter/$top paging, get by id or UPN, create, update, delete. */
@Path("/v1.0/users")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class UsersResource {

    private final Callers callers;
    private final UserService users;

    public UsersResource(Callers callers, UserService users) {
        this.callers = callers;
        this.users = users;
    }

    @GET
    public String list(@QueryParam("$select") String select, @QueryParam("$filter") String filter, @QueryParam("$top") Integer top,
                       @QueryParam("$skiptoken") String skipToken, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.USERS_READ);
        List<String> fields = UserAttributes.select(select, UserAttributes.DEFAULT_SELECT);
        int size = PageTokens.top(top, caller.tenant().settings().pageSize());
        UserService.Page page = users.list(caller.tenant(), filter, PageTokens.decode(skipToken), size);
        String base = callers.graphBase(uri);
        ObjectNode body = Json.object();
        body.put("@odata.context", base + "/$metadata#users");
        if (page.more()) {
            body.put("@odata.nextLink", base + "/users?$top=" + size + PageTokens.query("$select", select)
                    + PageTokens.query("$filter", filter) + "&$skiptoken=" + PageTokens.encode(page.lastSeq()));
        }
        ArrayNode value = body.putArray("value");
        page.users().forEach(u -> value.add(UserViews.render(u, fields)));
        return Json.write(body);
    }

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id, @QueryParam("$select") String select, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.USERS_READ);
        ObjectNode body = UserViews.render(caller.tenant().directory().requireActive(id),
                UserAttributes.select(select, UserAttributes.DEFAULT_SELECT));
        body.put("@odata.context", callers.graphBase(uri) + "/$metadata#users/$entity");
        return Json.write(body);
    }

    @POST
    public Response create(JsonNode body, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.USERS_WRITE);
        DirectoryUser user = users.create(caller.tenant(), body);
        ObjectNode out = UserViews.render(user, UserAttributes.DEFAULT_SELECT);
        out.put("@odata.context", callers.graphBase(uri) + "/$metadata#users/$entity");
        return Response.status(201).entity(Json.write(out)).header("Location", callers.graphBase(uri) + "/users/" + user.id()).build();
    }

    @PATCH
    @Path("/{id}")
    public Response update(@PathParam("id") String id, JsonNode body, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.USERS_WRITE);
        users.update(caller.tenant(), id, body);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.USERS_WRITE);
        users.softDelete(caller.tenant(), id);
        return Response.noContent().build();
    }
}
