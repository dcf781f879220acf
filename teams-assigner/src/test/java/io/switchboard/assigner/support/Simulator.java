package io.switchboard.assigner.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sets up one graph-simulator tenant per test through {@code /_simulator} and reads what the
 * assigner did to it (numbers, the request log). Plain HTTP so the tests see the simulator exactly
 * as an outsider would.
 */
public final class Simulator {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String tenantId;
    private String clientId;
    private String clientSecret;
    private String adminClientId;

    private Simulator(String baseUrl, String tenantId) {
        this.baseUrl = baseUrl;
        this.tenantId = tenantId;
    }

    /**
     * A fresh tenant with the assigner's app (TeamsTelephoneNumber.ReadWrite.All only), an admin app for
     * the test's own Graph calls, fast number operations and the given licence propagation delay.
     */
    public static Simulator newTenant(String baseUrl, String prefix, String licencePropagationDelay) {
        return newTenant(baseUrl, prefix, licencePropagationDelay, "PT0.3S");
    }

    /** The same with the given delay of number operations (ISO-8601, e.g. {@code PT0.3S}). */
    public static Simulator newTenant(String baseUrl, String prefix, String licencePropagationDelay, String operationDelay) {
        Simulator sim = new Simulator(baseUrl, prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        ObjectNode seed = JSON.createObjectNode().put("id", sim.tenantId).put("displayName", "Test " + sim.tenantId)
                .put("domain", sim.tenantId + ".example.com");
        seed.putObject("settings").put("operationDelay", operationDelay).put("licencePropagationDelay", licencePropagationDelay);
        seed.putArray("skus").addObject().put("skuPartNumber", "MCOEV").put("units", 100);
        sim.post("/_simulator/tenants", seed, 201);
        JsonNode app = sim.post("/_simulator/tenants/" + sim.tenantId + "/apps", JSON.createObjectNode()
                .put("displayName", "teams-assigner").set("roles", JSON.createArrayNode().add("TeamsTelephoneNumber.ReadWrite.All")), 201);
        sim.clientId = app.path("clientId").asText();
        sim.clientSecret = app.path("clientSecret").asText();
        JsonNode admin = sim.post("/_simulator/tenants/" + sim.tenantId + "/apps", JSON.createObjectNode()
                .put("displayName", "test admin").set("roles", JSON.createArrayNode()
                        .add("User.ReadWrite.All").add("Organization.Read.All").add("LicenseAssignment.ReadWrite.All")
                        .add("TeamsTelephoneNumber.ReadWrite.All")), 201);
        sim.adminClientId = admin.path("clientId").asText();
        return sim;
    }

    public String tenantId() {
        return tenantId;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Acquired numbers of one type, e.g. {@code numbers("directRouting", "+15550100", 3)}. */
    public void numbers(String numberType, String start, int count) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("numberRanges").addObject().put("start", start).put("count", count).put("numberType", numberType)
                .put("isoCountryCode", "US").put("city", "Seattle");
        post("/_simulator/tenants/" + tenantId + "/numbers", body, 200);
    }

    /** A user; {@code teamsPhone} licenses it (long ago, so already propagated). Returns the user id. */
    public String user(String name, boolean teamsPhone) {
        ObjectNode body = JSON.createObjectNode().put("displayName", name).put("userPrincipalName", name + "@" + tenantId + ".example.com")
                .put("usageLocation", "US");
        if (teamsPhone) {
            body.putArray("licenses").add("MCOEV");
        }
        return post("/_simulator/tenants/" + tenantId + "/users", body, 201).path("id").asText();
    }

    /** {@code count} generated users, all with Teams Phone (licensed long ago); returns their ids. */
    public List<String> generateUsers(int count) {
        ObjectNode body = JSON.createObjectNode().put("count", count).put("seed", 42);
        body.putArray("licences").addObject().put("share", 1.0).putArray("skus").add("MCOEV");
        List<String> ids = new ArrayList<>();
        post("/_simulator/tenants/" + tenantId + "/users/generate", body, 200).path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** Licenses a user now through Graph, so Teams sees it only after the tenant's propagation delay. */
    public void licenseNow(String userId) {
        JsonNode skus = graphGet("/v1.0/subscribedSkus");
        String skuId = null;
        for (JsonNode sku : skus.path("value")) {
            if ("MCOEV".equals(sku.path("skuPartNumber").asText())) {
                skuId = sku.path("skuId").asText();
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.putArray("addLicenses").addObject().put("skuId", skuId).putArray("disabledPlans");
        body.putArray("removeLicenses");
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1.0/users/" + userId + "/assignLicense"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), 200);
    }

    /** Assigns or unassigns a number directly in Teams, as an admin would outside Switchboard; returns the operation id. */
    public String graphNumberAction(String action, ObjectNode body) {
        return graphNumberActionAs(adminClientId, action, body);
    }

    /** The same, as the assigner's own app: what an earlier incarnation of the assigner would have sent. */
    public String graphNumberActionAsAssigner(String action, ObjectNode body) {
        return graphNumberActionAs(clientId, action, body);
    }

    private String graphNumberActionAs(String app, String action, ObjectNode body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/v1.0/admin/teams/telephoneNumberManagement/numberAssignments/microsoft.graph.teamsAdministration." + action))
                .header("Authorization", "Bearer " + token(app)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), 202);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public JsonNode operation(String operationId) {
        return graphGet("/v1.0/admin/teams/telephoneNumberManagement/operations/" + operationId);
    }

    /** The number as Teams lists it now. */
    public JsonNode number(String telephoneNumber) {
        JsonNode page = graphGet("/v1.0/admin/teams/telephoneNumberManagement/numberAssignments?$filter="
                + URLEncoder.encode("telephoneNumber eq '" + telephoneNumber + "'", StandardCharsets.UTF_8).replace("+", "%20"));
        return page.path("value").path(0);
    }

    /** Moves the simulator's clock forward (it is shared by the whole test JVM: only ever forward, and by little). */
    public void advanceClock(String by) {
        post("/_simulator/clock/advance", JSON.createObjectNode().put("by", by), 200);
    }

    /** A fault rule, e.g. THROTTLE on assignNumber. */
    public void fault(ObjectNode rule) {
        post("/_simulator/tenants/" + tenantId + "/faults", rule, 201);
    }

    /** Removes every fault rule of the tenant. */
    public void clearFaults() {
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/_simulator/tenants/" + tenantId + "/faults")).DELETE(), 204);
    }

    /** Requests of the assigner's app to paths containing {@code fragment}, as the simulator logged them. */
    public List<JsonNode> requests(String fragment) {
        JsonNode body = get("/_simulator/requests?tenant=" + tenantId + "&limit=20000&pathContains="
                + URLEncoder.encode(fragment, StandardCharsets.UTF_8));
        List<JsonNode> out = new ArrayList<>();
        body.path("value").forEach(entry -> {
            if (clientId.equals(entry.path("appId").asText())) {
                out.add(entry);
            }
        });
        return out;
    }

    private String adminToken() {
        return token(adminClientId);
    }

    private String token(String app) {
        return post("/_simulator/tenants/" + tenantId + "/tokens", JSON.createObjectNode().put("clientId", app), 200)
                .path("access_token").asText();
    }

    private JsonNode graphGet(String path) {
        return parse(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + adminToken()).GET(), 200));
    }

    private JsonNode get(String path) {
        return parse(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200));
    }

    private JsonNode post(String path, JsonNode body, int expected) {
        return parse(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), expected));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError("simulator answered " + response.statusCode() + " to " + response.request().uri() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("simulator not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return response.body() == null || response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("simulator answered something that is not JSON: " + response.body(), e);
        }
    }
}
