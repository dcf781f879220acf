package io.switchboard.graph.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.identity.Authenticator;
import io.switchboard.graph.requestlog.RequestLog;
import io.switchboard.graph.subscriptions.NotificationService;
import io.switchboard.graph.tenants.TenantRegistry;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** Simulator-wide admin: request log, clock, seeding, reset. */
@Path("/_simulator")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorAdminResource {

    private final RequestLog log;
    private final SimClock clock;
    private final TenantRegistry tenants;
    private final NotificationService notifications;
    private final Authenticator authenticator;
    private final StartupSeeder seeder;
    private final Ticker ticker;

    public SimulatorAdminResource(RequestLog log, SimClock clock, TenantRegistry tenants, NotificationService notifications,
                                  Authenticator authenticator, StartupSeeder seeder, Ticker ticker) {
        this.log = log;
        this.clock = clock;
        this.tenants = tenants;
        this.notifications = notifications;
        this.authenticator = authenticator;
        this.seeder = seeder;
        this.ticker = ticker;
    }

    /** Requests served after {@code after} (a seq), oldest first; {@code lastSeq} lets a test read only what follows. */
    @GET
    @Path("/requests")
    public String requests(@QueryParam("tenant") String tenant, @QueryParam("pathContains") String pathContains,
                           @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        ObjectNode body = Json.object();
        body.put("lastSeq", log.lastSeq());
        body.set("value", Json.MAPPER.valueToTree(log.read(after == null ? 0 : after, tenant, pathContains, limit == null ? 1000 : limit)));
        return Json.write(body);
    }

    @DELETE
    @Path("/requests")
    public Response clearRequests() {
        log.clear();
        return Response.noContent().build();
    }

    @GET
    @Path("/clock")
    public String clock() {
        ObjectNode body = Json.object();
        body.put("now", clock.now().toString());
        body.put("offset", clock.offset().toString());
        return Json.write(body);
    }

    /** Moves simulated time forward, e.g. {@code {"by":"PT10M"}}, then runs the time-driven work once. */
    @POST
    @Path("/clock/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    public String advance(JsonNode body) {
        clock.advance(Duration.parse(Json.requiredText(body, "by")));
        ticker.tickAll();
        return clock();
    }

    /** Loads a seed document ({@code {"tenants":[...]}}). */
    @POST
    @Path("/seed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response seed(SeedDocument document) {
        seeder.apply(document);
        return Response.noContent().build();
    }

    /** Forgets everything; {@code ?reseed=true} loads the configured seeds again. */
    @POST
    @Path("/reset")
    public Response reset(@QueryParam("reseed") boolean reseed) {
        tenants.clear();
        notifications.clear();
        log.clear();
        clock.reset();
        authenticator.forgetCachedTokens();
        if (reseed) {
            seeder.seedConfigured();
        }
        return Response.noContent().build();
    }
}
