package io.switchboard.graph.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.App;
import io.switchboard.graph.identity.Person;
import io.switchboard.graph.identity.TokenService;
import io.switchboard.graph.identity.BaseUrls;
import io.switchboard.graph.config.SimulatorConfig;
import io.switchboard.graph.licences.LicenceService;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantRegistry;

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
import java.time.Duration;
import java.util.List;

/** Simulator admin API for tenants and what is in them. Not part of Graph; unauthenticated by design (local use only). */
@Path("/_simulator/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantsAdminResource {

    private final TenantRegistry tenants;
    private final SeedService seeds;
    private final TokenService tokens;
    private final SimulatorConfig config;

    public TenantsAdminResource(TenantRegistry tenants, SeedService seeds, TokenService tokens, SimulatorConfig config) {
        this.tenants = tenants;
        this.seeds = seeds;
        this.tokens = tokens;
        this.config = config;
    }

    /** Creates a tenant from a full seed document (id, domain, settings, apps, people, skus, numbers, users...). */
    @POST
    public Response create(TenantSeed seed) {
        return Response.status(201).entity(Json.write(summary(seeds.apply(seed)))).build();
    }

    @GET
    public String list() {
        ArrayNode value = Json.array();
        tenants.all().forEach(t -> value.add(summary(t)));
        ObjectNode body = Json.object();
        body.set("value", value);
        return Json.write(body);
    }

    @GET
    @Path("/{tenant}")
    public String get(@PathParam("tenant") String tenant) {
        return Json.write(summary(tenants.require(tenant)));
    }

    @DELETE
    @Path("/{tenant}")
    public Response delete(@PathParam("tenant") String tenant) {
        tenants.remove(tenant);
        return Response.noContent().build();
    }

    @PATCH
    @Path("/{tenant}/settings")
    public String settings(@PathParam("tenant") String id, JsonNode patch) {
        Tenant tenant = tenants.require(id);
        tenant.settings(tenant.settings().merge(patch));
        return Json.write(tenant.settings());
    }

    /** The created app including its secret (shown once, as in Entra). */
    @POST
    @Path("/{tenant}/apps")
    public Response app(@PathParam("tenant") String id, TenantSeed.AppSeed seed) {
        App app = seeds.addApp(tenants.require(id), seed);
        return Response.status(201).entity(Json.write(app)).build();
    }

    @POST
    @Path("/{tenant}/people")
    public Response person(@PathParam("tenant") String id, TenantSeed.PersonSeed seed) {
        Person person = seeds.addPerson(tenants.require(id), seed);
        return Response.status(201).entity(Json.write(person.withoutPassword())).build();
    }

    @POST
    @Path("/{tenant}/skus")
    public Response sku(@PathParam("tenant") String id, TenantSeed.SkuSeed seed) {
        return Response.status(201).entity(Json.write(seeds.addSku(tenants.require(id), seed))).build();
    }

    /** Acquired numbers: {@code {"numbers":[...], "numberRanges":[...]}}. */
    @POST
    @Path("/{tenant}/numbers")
    public String numbers(@PathParam("tenant") String id, TenantSeed seed) {
        Tenant tenant = tenants.require(id);
        int added = 0;
        for (TenantSeed.NumberSeed n : seed.numbers() == null ? List.<TenantSeed.NumberSeed>of() : seed.numbers()) {
            seeds.addNumber(tenant, n);
            added++;
        }
        for (TenantSeed.NumberRangeSeed r : seed.numberRanges() == null ? List.<TenantSeed.NumberRangeSeed>of() : seed.numberRanges()) {
            added += seeds.addRange(tenant, r);
        }
        ObjectNode body = Json.object();
        body.put("added", added);
        body.put("total", tenant.numbers().numbers().size());
        return Json.write(body);
    }

    /** One user with Graph properties plus optional password and licenses (part numbers). */
    @POST
    @Path("/{tenant}/users")
    public Response user(@PathParam("tenant") String id, JsonNode user) {
        return Response.status(201).entity(Json.write(seeds.addUser(tenants.require(id), user).properties())).build();
    }

    @POST
    @Path("/{tenant}/users/generate")
    public String generate(@PathParam("tenant") String id, TenantSeed.GenerateSeed seed) {
        var users = seeds.generate(tenants.require(id), seed);
        ObjectNode body = Json.object();
        body.put("generated", users.size());
        ArrayNode ids = body.putArray("ids");
        users.forEach(u -> ids.add(u.id()));
        return Json.write(body);
    }

    /** Makes every outstanding delta token of the tenant answer 410 syncStateNotFound. */
    @POST
    @Path("/{tenant}/delta/expire-tokens")
    public String expireDeltaTokens(@PathParam("tenant") String id) {
        ObjectNode body = Json.object();
        body.put("deltaEpoch", tenants.require(id).expireDeltaTokens());
        return Json.write(body);
    }

    /**
     * Mints an app token directly, e.g. an already expired one for tests:
     * {@code {"clientId": "...", "lifetimeSeconds": -60, "audience": "https://graph.microsoft.com"}}.
     */
    @POST
    @Path("/{tenant}/tokens")
    public String token(@PathParam("tenant") String id, JsonNode request, @Context UriInfo uri) {
        Tenant tenant = tenants.require(id);
        App app = tenant.identity().app(Json.requiredText(request, "clientId"))
                .orElseThrow(() -> io.switchboard.graph.common.GraphException.notFound("No such app in tenant " + id + "."));
        long seconds = request.path("lifetimeSeconds").asLong(tokens.defaultLifetime().toSeconds());
        String audience = request.path("audience").asText(TokenService.GRAPH_RESOURCE);
        var issued = tokens.forApp(BaseUrls.of(config, uri), tenant, app, audience, Duration.ofSeconds(seconds));
        ObjectNode body = Json.object();
        body.put("access_token", issued.accessToken());
        return Json.write(body);
    }

    private static ObjectNode summary(Tenant tenant) {
        ObjectNode out = Json.object();
        out.put("id", tenant.id());
        out.put("displayName", tenant.displayName());
        out.put("domain", tenant.domain());
        out.set("settings", Json.MAPPER.valueToTree(tenant.settings()));
        ArrayNode apps = out.putArray("apps");
        tenant.identity().apps().forEach(a -> apps.add(Json.MAPPER.valueToTree(a.withoutSecret())));
        out.put("people", tenant.identity().people().size());
        out.put("users", tenant.directory().activeCount());
        ArrayNode skus = out.putArray("skus");
        tenant.skus().all().forEach(s -> skus.addObject().put("skuPartNumber", s.sku().skuPartNumber()).put("skuId", s.sku().skuId())
                .put("units", s.units()).put("consumed", LicenceService.consumed(tenant, s.sku().skuId())));
        out.put("numbers", tenant.numbers().numbers().size());
        out.put("subscriptions", tenant.subscriptions().all().size());
        out.put("faults", tenant.faults().rules().size());
        return out;
    }
}
