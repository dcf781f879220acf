package io.switchboard.graph.licences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.Permission;
import io.switchboard.graph.users.UserAttributes;
import io.switchboard.graph.users.UserViews;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code POST /v1.0/users/{id}/assignLicense}: answers the updated user. */
@Path("/v1.0/users/{id}/assignLicense")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class AssignLicenseResource {

    private final Callers callers;
    private final LicenceService licences;

    public AssignLicenseResource(Callers callers, LicenceService licences) {
        this.callers = callers;
        this.licences = licences;
    }

    @POST
    public String assignLicense(@PathParam("id") String id, JsonNode body, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.LICENCES_WRITE);
        ObjectNode out = UserViews.render(licences.assign(caller.tenant(), id, body), UserAttributes.DEFAULT_SELECT);
        out.put("@odata.context", callers.graphBase(uri) + "/$metadata#users/$entity");
        return Json.write(out);
    }
}
