package io.switchboard.bench.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.bench.api.StackEndpoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph-simulator as the benchmarks use it: Graph v1.0 as an HR system (create and license users) and as
 * Switchboard (subscriptions), and the simulator's admin API for what has no Graph equivalent (bulk users, acquired
 * numbers, seats, faults).
 */
public final class Simulator {

    /** One Teams number and the user holding it (null when free). */
    public record Assignment(String telephoneNumber, String userId, String status) {
    }

    /** A directory user as listed. */
    public record User(String id, String userPrincipalName, boolean accountEnabled) {
    }

    private final Http http;
    private final Tokens tokens;
    private final String graph;
    private static final String TEAMS_CLIENT_ID = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";

    private final String admin;
    private final String root;
    private java.util.function.Supplier<String> teamsClient;
    private final String tenantId;

    public Simulator(Http http, Tokens tokens, StackEndpoints stack) {
        this.http = http;
        this.tokens = tokens;
        this.graph = stack.simulatorUrl() + "/v1.0";
        this.admin = stack.simulatorUrl() + "/_simulator/tenants/" + stack.tenantId();
        this.root = stack.simulatorUrl();
        this.tenantId = stack.tenantId();
    }

    /** Creates a user through Graph as the HR system does; returns the id. */
    public String createUser(String upn, String city, String usageLocation) {
        ObjectNode body = Http.JSON.createObjectNode().put("accountEnabled", true).put("displayName", "Bench Joiner")
                .put("mailNickname", upn.substring(0, upn.indexOf('@')).replace('.', '-')).put("userPrincipalName", upn)
                .put("city", city).put("usageLocation", usageLocation).put("department", "Benchmarks");
        body.putObject("passwordProfile").put("password", "Bench-12345!");
        return http.post(graph + "/users", body, tokens.hr()).path("id").asText();
    }

    public void assignLicense(String userId, String skuId) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.putArray("addLicenses").addObject().put("skuId", skuId).putArray("disabledPlans");
        body.putArray("removeLicenses");
        http.post(graph + "/users/" + userId + "/assignLicense", body, tokens.hr());
    }

    public String skuId(String partNumber) {
        for (JsonNode sku : http.get(graph + "/subscribedSkus", tokens.hr()).path("value")) {
            if (partNumber.equalsIgnoreCase(sku.path("skuPartNumber").asText())) {
                return sku.path("skuId").asText();
            }
        }
        throw new IllegalStateException("the tenant has no " + partNumber);
    }

    /** Every acquired Teams number with its holder, page by page. */
    public List<Assignment> numberAssignments() {
        List<Assignment> out = new ArrayList<>();
        String next = graph + "/admin/teams/telephoneNumberManagement/numberAssignments?$top=999";
        while (next != null) {
            JsonNode page = http.get(next, tokens.hr());
            for (JsonNode n : page.path("value")) {
                String target = n.path("assignmentTargetId").asText(null);
                out.add(new Assignment(n.path("telephoneNumber").asText(), target == null || target.isEmpty() ? null : target,
                        n.path("assignmentStatus").asText()));
            }
            next = page.path("@odata.nextLink").asText(null);
        }
        return out;
    }

    /** Users by id, page by page. */
    public Map<String, User> users() {
        Map<String, User> out = new HashMap<>();
        String next = graph + "/users?$top=999&$select=id,userPrincipalName,accountEnabled";
        while (next != null) {
            JsonNode page = http.get(next, tokens.hr());
            for (JsonNode u : page.path("value")) {
                out.put(u.path("id").asText(), new User(u.path("id").asText(), u.path("userPrincipalName").asText(),
                        u.path("accountEnabled").asBoolean(true)));
            }
            next = page.path("@odata.nextLink").asText(null);
        }
        return out;
    }

    /** Switchboard's change-notification subscriptions in this tenant. */
    public List<String> subscriptionIds() {
        List<String> ids = new ArrayList<>();
        http.get(graph + "/subscriptions", tokens.app()).path("value").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    public void deleteSubscription(String id) {
        http.delete(graph + "/subscriptions/" + id, tokens.app());
    }

    /**
     * Teams shows a state for the user set by another app's session (standing in for the Teams client), as a person in
     * a call; the app is registered in the tenant on first use. Graph wants the session id to be the caller's app id.
     */
    public void teamsSets(String userId, String availability, String activity) {
        synchronized (this) {
            if (teamsClient == null) {
                Map<String, Object> app = Map.of("clientId", TEAMS_CLIENT_ID, "clientSecret", "bench-teams-client-secret",
                        "displayName", "Benchmark Teams client", "roles", List.of("Presence.ReadWrite.All"));
                http.post(admin + "/apps", app, null);
                teamsClient = tokens.forApp(TEAMS_CLIENT_ID, "bench-teams-client-secret");
            }
        }
        Map<String, Object> body = Map.of("sessionId", TEAMS_CLIENT_ID, "availability", availability, "activity", activity,
                "expirationDuration", "PT1H");
        http.post(graph + "/users/" + userId + "/presence/setPresence", body, teamsClient);
    }

    // --- simulator admin API -------------------------------------------------------------------------------

    /** Seats of a catalog SKU (replaces the count; the demo tenant has only 150 E5 seats). */
    public void seats(String partNumber, int units) {
        http.post(admin + "/skus", Map.of("skuPartNumber", partNumber, "units", units), null);
    }

    /** Acquires {@code count} consecutive numbers in Teams. */
    public void acquireNumbers(String first, int count, String numberType, String city, String country) {
        Map<String, Object> range = Map.of("start", first, "count", count, "numberType", numberType, "city", city,
                "isoCountryCode", country);
        http.post(admin + "/numbers", Map.of("numberRanges", List.of(range)), null);
    }

    /**
     * {@code count} generated users, all licensed with {@code partNumber}, appearing in the directory at once (one
     * change notification each, as a real bulk import gives). Returns their ids.
     */
    public List<String> generateUsers(int count, long seed, String domain, String partNumber) {
        Map<String, Object> body = Map.of("count", count, "seed", seed, "domain", domain,
                "licences", List.of(Map.of("skus", List.of(partNumber), "share", 1.0)));
        List<String> ids = new ArrayList<>(count);
        http.post(admin + "/users/generate", body, null).path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** Unlicensed generated users (presence only), returns their ids. */
    public List<String> generateUnlicensed(int count, long seed, String domain) {
        List<String> ids = new ArrayList<>(count);
        http.post(admin + "/users/generate", Map.of("count", count, "seed", seed, "domain", domain), null).path("ids")
                .forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** One request the simulator answered: when, and its path. */
    public record Served(long seq, java.time.Instant time, String method, String path, int status) {
    }

    /** Requests of this tenant answered after {@code afterSeq} whose path contains {@code fragment}, oldest first. */
    public List<Served> requests(long afterSeq, String fragment, int limit) {
        JsonNode body = http.get(root + "/_simulator/requests?tenant=" + tenantId + "&after=" + afterSeq + "&limit=" + limit
                + "&pathContains=" + Http.encode(fragment), null);
        List<Served> out = new ArrayList<>();
        body.path("value").forEach(e -> out.add(new Served(e.path("seq").asLong(), java.time.Instant.parse(e.path("time").asText()),
                e.path("method").asText(), e.path("path").asText(), e.path("status").asInt())));
        return out;
    }

    public long lastRequestSeq() {
        return http.get(root + "/_simulator/requests?limit=1&after=" + Long.MAX_VALUE / 2, null).path("lastSeq").asLong();
    }

    /** Switches a fault on, e.g. a share of Graph calls answered 429. Returns its id. */
    public String addFault(Map<String, Object> rule) {
        return http.post(admin + "/faults", rule, null).path("id").asText();
    }

    public void clearFaults() {
        http.delete(admin + "/faults", null);
    }
}
