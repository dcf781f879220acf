package io.switchboard.graph.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.ODataFilter;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.Permission;
import io.switchboard.graph.users.PageTokens;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** {@code /v1.0/admin/teams/telephoneNumberManagement}: number assignments and their long-running operations. */
@Path("/v1.0/admin/teams/telephoneNumberManagement")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class NumbersResource {

    private static final Map<String, String> FILTERABLE = Map.of("telephonenumber", "telephoneNumber", "assignmenttargetid",
            "assignmentTargetId", "numbertype", "numberType", "assignmentstatus", "assignmentStatus", "activationstate", "activationState",
            "assignmentcategory", "assignmentCategory", "city", "city", "isocountrycode", "isoCountryCode", "locationid", "locationId");

    private final Callers callers;
    private final NumberService numbers;
    private final SimClock clock;

    public NumbersResource(Callers callers, NumberService numbers, SimClock clock) {
        this.callers = callers;
        this.numbers = numbers;
        this.clock = clock;
    }

    @GET
    @Path("/numberAssignments")
    public String list(@QueryParam("$filter") String filter, @QueryParam("$top") Integer top, @QueryParam("$skiptoken") String skip,
                       RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.NUMBERS_READ);
        numbers.settleDue(caller.tenant());
        ODataFilter.Condition condition = ODataFilter.parse(filter, FILTERABLE, "numberAssignment");
        int size = PageTokens.top(top, caller.tenant().settings().pageSize());
        String after = skip == null ? "" : decode(skip);
        String base = callers.graphBase(uri);
        ObjectNode body = Json.object();
        body.put("@odata.context", base + "/$metadata#admin/teams/telephoneNumberManagement/numberAssignments");
        ArrayNode value = Json.array();
        String last = null;
        for (TeamsNumber number : caller.tenant().numbers().numbers().tailMap(after, false).values()) {
            if (!condition.test(number::filterValue)) {
                continue;
            }
            if (value.size() == size) {
                body.put("@odata.nextLink", base + "/admin/teams/telephoneNumberManagement/numberAssignments?$top=" + size
                        + PageTokens.query("$filter", filter) + "&$skiptoken=" + encode(last));
                break;
            }
            value.add(number.toJson());
            last = number.telephoneNumber();
        }
        body.set("value", value);
        return Json.write(body);
    }

    @GET
    @Path("/numberAssignments/{id}")
    public String get(@PathParam("id") String id, RoutingContext rc) {
        Caller caller = callers.require(rc, Permission.NUMBERS_READ);
        numbers.settleDue(caller.tenant());
        return Json.write(caller.tenant().numbers().find(id).orElseThrow(() -> new GraphException(404, "NotFound",
                "Telephone number '" + id + "' was not found.")).toJson());
    }

    @POST
    @Path("/numberAssignments/{action: (microsoft\\.graph\\.teamsAdministration\\.)?assignNumber}")
    public Response assign(JsonNode body, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.NUMBERS_WRITE);
        return accepted(numbers.assign(caller.tenant(), body), uri);
    }

    @POST
    @Path("/numberAssignments/{action: (microsoft\\.graph\\.teamsAdministration\\.)?unassignNumber}")
    public Response unassign(JsonNode body, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.NUMBERS_WRITE);
        return accepted(numbers.unassign(caller.tenant(), body), uri);
    }

    @POST
    @Path("/numberAssignments/{action: (microsoft\\.graph\\.teamsAdministration\\.)?updateNumber}")
    public Response update(JsonNode body, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.NUMBERS_WRITE);
        return accepted(numbers.update(caller.tenant(), body), uri);
    }

    @GET
    @Path("/operations/{id}")
    public String operation(@PathParam("id") String id, RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.NUMBERS_READ);
        numbers.settleDue(caller.tenant());
        NumberOperation op = caller.tenant().numbers().operation(id)
                .orElseThrow(() -> new GraphException(404, "NotFound", "Operation '" + id + "' was not found."));
        return Json.write(op.toJson(callers.graphBase(uri), clock.now()));
    }

    private Response accepted(NumberOperation op, UriInfo uri) {
        return Response.status(202)
                .header("Location", callers.graphBase(uri) + "/admin/teams/telephoneNumberManagement/operations/" + op.id())
                .build();
    }

    private static String encode(String number) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(number.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw GraphException.badRequest("Invalid $skiptoken value.");
        }
    }
}
