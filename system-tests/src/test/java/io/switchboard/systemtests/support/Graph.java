package io.switchboard.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Microsoft Graph as the outside world uses it against the graph-simulator: the demo HR system
 * (its own app registration: creates, licenses, moves, disables and deletes users) and, for
 * presence, a Teams client app that the test registers through the simulator's admin API.
 */
public final class Graph {

    private static final String HR_APP_ID = "6d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f55";
    private static final String HR_APP_SECRET = "demo-hr-onboarding-secret";
    private static final String DOMAIN = "contoso-demo.onmicrosoft.com";
    private static final String NUMBERS = "/v1.0/admin/teams/telephoneNumberManagement/numberAssignments";

    private final Stack stack;
    private final Map<String, String> skuIds = new ConcurrentHashMap<>();
    private volatile String hrToken;
    private volatile TeamsClient teamsClient;

    public Graph(Stack stack) {
        this.stack = stack;
    }

    /** A user in Entra ID (the simulator). */
    public record User(String id, String upn) {
    }

    /** One numberAssignment of Teams: the number and the user it is assigned to (null when free). */
    public record Assignment(String number, String userId) {
    }

    /** A new enabled user with a unique UPN; no licence yet, so Switchboard sees them as not voice-enabled. */
    public User createUser(String nickname, String city, String office, String usageLocation) {
        return createUser(nickname, city, office, usageLocation, "System tests");
    }

    public User createUser(String nickname, String city, String office, String usageLocation, String department) {
        String upn = nickname + "." + UUID.randomUUID().toString().substring(0, 8) + "@" + DOMAIN;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountEnabled", true);
        body.put("displayName", nickname);
        body.put("mailNickname", upn.substring(0, upn.indexOf('@')));
        body.put("userPrincipalName", upn);
        body.put("mail", upn);
        body.put("city", city);
        body.put("officeLocation", office);
        body.put("usageLocation", usageLocation);
        body.put("department", department);
        body.put("passwordProfile", Map.of("password", "System-tests-1!"));
        JsonNode created = hr("POST", "/v1.0/users", body).expect(201).json();
        return new User(created.path("id").asText(), upn);
    }

    /** Adds licences by catalog part number, e.g. {@code SPE_E5} (includes Teams Phone) or {@code MCOPSTN1} (Calling Plan). */
    public void license(String userId, String... partNumbers) {
        List<Map<String, Object>> add = new ArrayList<>();
        for (String part : partNumbers) {
            add.add(Map.of("skuId", skuId(part), "disabledPlans", List.of()));
        }
        hr("POST", "/v1.0/users/" + userId + "/assignLicense", Map.of("addLicenses", add, "removeLicenses", List.of())).expect(200);
    }

    public void unlicense(String userId, String... partNumbers) {
        List<String> remove = new ArrayList<>();
        for (String part : partNumbers) {
            remove.add(skuId(part));
        }
        hr("POST", "/v1.0/users/" + userId + "/assignLicense", Map.of("addLicenses", List.of(), "removeLicenses", remove)).expect(200);
    }

    public void update(String userId, Map<String, Object> changes) {
        hr("PATCH", "/v1.0/users/" + userId, changes).expect(204, 200);
    }

    public void delete(String userId) {
        hr("DELETE", "/v1.0/users/" + userId, null).expect(204);
    }

    /** The numbers Teams shows as assigned to the user. */
    public List<String> numbersOf(String userId) {
        String filter = URLEncoder.encode("assignmentTargetId eq '" + userId + "'", StandardCharsets.UTF_8);
        List<String> numbers = new ArrayList<>();
        hr("GET", NUMBERS + "?$filter=" + filter, null).expect(200).json().path("value")
                .forEach(a -> numbers.add(a.path("telephoneNumber").asText()));
        return numbers;
    }

    /** Every number assignment of the tenant, following nextLinks. */
    public List<Assignment> assignments() {
        List<Assignment> all = new ArrayList<>();
        String next = stack.simulator() + NUMBERS + "?$top=500";
        while (next != null) {
            JsonNode page = Http.send("GET", next, hrToken(), null).expect(200).json();
            page.path("value").forEach(a -> all.add(new Assignment(a.path("telephoneNumber").asText(),
                    a.path("assignmentTargetId").isNull() ? null : a.path("assignmentTargetId").asText(null))));
            next = page.hasNonNull("@odata.nextLink") ? page.path("@odata.nextLink").asText() : null;
        }
        return all;
    }

    /** Switches a fault on for the demo tenant (simulator admin API); returns its id for {@link #removeFault}. */
    public String addFault(Map<String, Object> rule) {
        return Http.send("POST", stack.simulator() + "/_simulator/tenants/" + Stack.TENANT + "/faults", null, rule)
                .expect(201).json().path("id").asText();
    }

    public void removeFault(String id) {
        Http.send("DELETE", stack.simulator() + "/_simulator/tenants/" + Stack.TENANT + "/faults/" + id, null, null).expect(204, 404);
    }

    /**
     * The tenant buys {@code units} of a product (simulator admin API): the demo tenant's seeded users
     * hold most of its licences, and Graph refuses assignLicense once a subscription is used up.
     */
    public void buyLicences(String partNumber, int units) {
        Http.send("POST", stack.simulator() + "/_simulator/tenants/" + Stack.TENANT + "/skus", null,
                Map.of("skuPartNumber", partNumber, "units", units)).expect(201);
    }

    /** The simulator's request log position, to count what is served after it. */
    public long lastRequestSeq() {
        return Http.send("GET", stack.simulator() + "/_simulator/requests?limit=1&after=" + Long.MAX_VALUE / 2, null, null)
                .expect(200).json().path("lastSeq").asLong();
    }

    /** How many requests whose path contains {@code pathContains} the simulator answered with {@code status} after {@code seq}. */
    public long served(String pathContains, int status, long seq) {
        long count = 0;
        long after = seq;
        while (true) {
            JsonNode page = Http.send("GET", stack.simulator() + "/_simulator/requests?tenant=" + Stack.TENANT + "&pathContains="
                    + pathContains + "&after=" + after + "&limit=1000", null, null).expect(200).json();
            JsonNode value = page.path("value");
            for (JsonNode request : value) {
                count += request.path("status").asInt() == status ? 1 : 0;
                after = Math.max(after, request.path("seq").asLong());
            }
            if (value.size() < 1000) {
                return count;
            }
        }
    }

    /** The Teams client the user runs: sets and reads presence in Teams. */
    public TeamsClient teams() {
        if (teamsClient == null) {
            synchronized (this) {
                if (teamsClient == null) {
                    teamsClient = TeamsClient.register(stack);
                }
            }
        }
        return teamsClient;
    }

    private String skuId(String partNumber) {
        return skuIds.computeIfAbsent(partNumber, part -> {
            for (JsonNode sku : hr("GET", "/v1.0/subscribedSkus", null).expect(200).json().path("value")) {
                if (sku.path("skuPartNumber").asText().equals(part)) {
                    return sku.path("skuId").asText();
                }
            }
            throw new AssertionError("the demo tenant has no SKU " + part);
        });
    }

    private Http.Reply hr(String method, String path, Object body) {
        return Http.send(method, stack.simulator() + path, hrToken(), body);
    }

    private String hrToken() {
        if (hrToken == null) {
            Map<String, String> form = new HashMap<>(Map.of("grant_type", "client_credentials", "client_id", HR_APP_ID,
                    "client_secret", HR_APP_SECRET, "scope", "https://graph.microsoft.com/.default"));
            hrToken = Http.token(stack.simulator() + "/" + Stack.TENANT + "/oauth2/v2.0/token", form);
        }
        return hrToken;
    }
}
