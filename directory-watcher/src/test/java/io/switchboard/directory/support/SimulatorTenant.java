package io.switchboard.directory.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.directory.tenants.WatchedTenant;
import io.switchboard.graph.client.GraphTenantConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A fresh tenant in the shared graph-simulator for one test: the watcher's read-only app, an admin app
 * that changes users through the real Graph endpoints (as an Entra admin would), SKUs, faults and the
 * request log.
 */
public final class SimulatorTenant {

    public static final String WATCHER_APP = "directory-watcher";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String id = UUID.randomUUID().toString();
    private final String watcherSecret = "watcher-" + UUID.randomUUID();
    private final String adminSecret = "admin-" + UUID.randomUUID();
    private String adminToken;

    private SimulatorTenant(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Creates the tenant with E5, Teams Phone and Calling Plan SKUs and {@code deltaPageSize} users per delta page. */
    public static SimulatorTenant create(String baseUrl, int deltaPageSize) {
        SimulatorTenant tenant = new SimulatorTenant(baseUrl);
        ObjectNode seed = JSON.createObjectNode().put("id", tenant.id);
        seed.putObject("settings").put("deltaPageSize", deltaPageSize);
        ArrayNode apps = seed.putArray("apps");
        apps.addObject().put("clientId", WATCHER_APP).put("clientSecret", tenant.watcherSecret)
                .putArray("roles").add("User.Read.All").add("Organization.Read.All");
        apps.addObject().put("clientId", "admin").put("clientSecret", tenant.adminSecret)
                .putArray("roles").add("User.ReadWrite.All").add("Directory.ReadWrite.All");
        ArrayNode skus = seed.putArray("skus");
        for (String part : List.of("SPE_E3", "SPE_E5", "MCOEV", "MCOPSTN1")) {
            skus.addObject().put("skuPartNumber", part).put("units", 1000);
        }
        tenant.call("POST", "/_simulator/tenants", seed, null);
        return tenant;
    }

    public String id() {
        return id;
    }

    /** The tenant as the watcher sees it, polled only (no change notifications). */
    public WatchedTenant watched(Duration pollInterval) {
        return new WatchedTenant(id, graphConfig(), pollInterval, true, false);
    }

    /** The tenant as the watcher sees it, with a change-notification subscription. */
    public WatchedTenant watchedWithNotifications(Duration pollInterval) {
        return new WatchedTenant(id, graphConfig(), pollInterval, true, true);
    }

    private GraphTenantConfig graphConfig() {
        return new GraphTenantConfig(id, WATCHER_APP, watcherSecret, baseUrl, baseUrl + "/v1.0");
    }

    public String createUser(String name, String city) {
        ObjectNode user = JSON.createObjectNode().put("accountEnabled", true).put("displayName", name)
                .put("mailNickname", name).put("userPrincipalName", name + "@" + id.substring(0, 8) + ".example")
                .put("city", city).put("usageLocation", "DE");
        user.putObject("passwordProfile").put("password", "Secret-" + UUID.randomUUID());
        return graph("POST", "/users", user).path("id").asText();
    }

    public void update(String userId, ObjectNode changes) {
        graph("PATCH", "/users/" + userId, changes);
    }

    public static ObjectNode changes() {
        return JSON.createObjectNode();
    }

    public void license(String userId, List<String> addParts, List<String> removeParts) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode add = body.putArray("addLicenses");
        addParts.forEach(p -> add.addObject().put("skuId", skuId(p)).putArray("disabledPlans"));
        ArrayNode remove = body.putArray("removeLicenses");
        removeParts.forEach(p -> remove.add(skuId(p)));
        graph("POST", "/users/" + userId + "/assignLicense", body);
    }

    public void delete(String userId) {
        graph("DELETE", "/users/" + userId, null);
    }

    public void restore(String userId) {
        graph("POST", "/directory/deletedItems/" + userId + "/restore", JSON.createObjectNode());
    }

    public void purge(String userId) {
        graph("DELETE", "/directory/deletedItems/" + userId, null);
    }

    /** A deltaLink as Graph would hand it out now, with this {@code $select}: a round from it reports only later changes. */
    public String latestDeltaLink(String select) {
        return graph("GET", "/users/delta?$deltatoken=latest&$select=" + URLEncoder.encode(select, StandardCharsets.UTF_8), null)
                .path("@odata.deltaLink").asText();
    }

    public void expireDeltaTokens() {
        call("POST", "/_simulator/tenants/" + id + "/delta/expire-tokens", JSON.createObjectNode(), null);
    }

    /** Switches a fault on, e.g. {@code fault("THROTTLE", "/users/delta", 8, 1)}; returns its id. */
    public String fault(String kind, String pathPattern, Integer count, Integer retryAfterSeconds) {
        ObjectNode rule = JSON.createObjectNode().put("kind", kind).put("pathPattern", pathPattern);
        if (count != null) {
            rule.put("count", count);
        }
        if (retryAfterSeconds != null) {
            rule.put("retryAfterSeconds", retryAfterSeconds);
        }
        return call("POST", "/_simulator/tenants/" + id + "/faults", rule, null).path("id").asText();
    }

    /** Slows matching requests down; returns the fault's id. */
    public String latency(String pathPattern, int millis) {
        return call("POST", "/_simulator/tenants/" + id + "/faults",
                JSON.createObjectNode().put("kind", "LATENCY").put("pathPattern", pathPattern).put("latencyMillis", millis), null)
                .path("id").asText();
    }

    public void removeFault(String faultId) {
        call("DELETE", "/_simulator/tenants/" + id + "/faults/" + faultId, null, null);
    }

    public void clearFaults() {
        call("DELETE", "/_simulator/tenants/" + id + "/faults", null, null);
    }

    /** Every request of this tenant whose path and query contain {@code fragment}, oldest first. */
    public List<JsonNode> requests(String fragment) {
        JsonNode log = call("GET", "/_simulator/requests?limit=20000&tenant=" + id + "&pathContains="
                + URLEncoder.encode(fragment, StandardCharsets.UTF_8), null, null);
        return JSON.convertValue(log.path("value"), JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
    }

    private String skuId(String partNumber) {
        for (JsonNode sku : call("GET", "/_simulator/tenants/" + id, null, null).path("skus")) {
            if (sku.path("skuPartNumber").asText().equals(partNumber)) {
                return sku.path("skuId").asText();
            }
        }
        throw new IllegalArgumentException("tenant " + id + " has no SKU " + partNumber);
    }

    private JsonNode graph(String method, String path, JsonNode body) {
        return call(method, "/v1.0" + path, body, adminToken());
    }

    private synchronized String adminToken() {
        if (adminToken == null) {
            String form = "grant_type=client_credentials&client_id=admin&client_secret=" + URLEncoder.encode(adminSecret, StandardCharsets.UTF_8)
                    + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + id + "/oauth2/v2.0/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
            adminToken = send(request).path("access_token").asText();
        }
        return adminToken;
    }

    private JsonNode call(String method, String path, JsonNode body, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return send(request.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
