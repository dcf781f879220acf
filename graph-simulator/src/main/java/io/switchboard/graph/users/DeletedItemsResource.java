package io.switchboard.graph.users;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** The directory's recycle bin for users: list, get, restore, delete permanently. */
@Path("/v1.0/directory/deletedItems")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class DeletedItemsResource {

    private static final List<String> FIELDS;

    static {
        List<String> fields = new ArrayList<>(UserAttributes.DEFAULT_SELECT);
        fields.add("deletedDateTime");
        FIELDS = List.copyOf(fields);
    }

    private final Callers callers;
    private final UserService users;

    public DeletedItemsResource(Callers callers, UserService users) {
        this.callers = callers;
        this.users = users;
    }

    @GET
    @Path("/microsoft.graph.user")
    public String list(RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.USERS_READ);
        ObjectNode body = Json.object();
        body.put("@odata.context", callers.graphBase(uri) + "/$metadata#directoryObjects(microsoft.graph.user)");
        ArrayNode value = body.putArray("value");
        caller.tenant().directory().softDeleted().forEach(u -> value.add(view(u)));
        return Json.write(body);
    }

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.USERS_READ);
        return Json.write(view(caller.tenant().directory().findDeleted(id)
                .orElseThrow(() -> io.switchboard.graph.common.GraphException.userNotFound(id))));
    }

    @POST
    @Path("/{id}/restore")
    public String restore(@PathParam("id") String id, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.USERS_RESTORE);
        return Json.write(view(users.restore(caller.tenant(), id)));
    }

    @DELETE
    @Path("/{id}")
    public Response purge(@PathParam("id") String id, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.USERS_RESTORE);
        users.purge(caller.tenant(), id);
        return Response.noContent().build();
    }

    private static ObjectNode view(DirectoryUser user) {
        ObjectNode out = Json.object();
        out.put("@odata.type", "#microsoft.graph.user");
        out.setAll(UserViews.render(user, FIELDS));
        return out;
    }
}
