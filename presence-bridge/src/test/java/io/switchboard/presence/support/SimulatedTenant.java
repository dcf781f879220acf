package io.switchboard.presence.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One tenant in the graph-simulator for one test: the bridge's app (same client id and secret as
 * the bridge's configuration), a "Teams client" app that changes presence the way Teams would, and users.
 */
public final class SimulatedTenant {

    public static final String BRIDGE_CLIENT_ID = "presence-bridge";
    public static final String BRIDGE_SECRET = "presence-bridge-secret";
    private static final String TEAMS_CLIENT_ID = "teams-client";
    private static final String TEAMS_SECRET = "teams-client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String id;
    private String teamsToken;
    private String syncUsername;
    private String syncPassword;

    private SimulatedTenant(String baseUrl, String id) {
        this.baseUrl = baseUrl;
        this.id = id;
    }

    /** A new tenant with the given users ({@code id} → {@code mail}); every user's UPN is its mail. */
    public static SimulatedTenant create(String baseUrl, List<String> userIds) {
        return create(baseUrl, "t-" + UUID.randomUUID(), userIds, null, null);
    }

    /**
     * A tenant with a fixed id (the one the bridge's test configuration names) and a presence sync
     * account: a person who signs in through the bridge's app, which holds delegated Presence.Read.All.
     */
    public static SimulatedTenant withSyncAccount(String baseUrl, String id, List<String> userIds, String username, String password) {
        SimulatedTenant tenant = create(baseUrl, id, userIds, username, password);
        tenant.syncUsername = username;
        tenant.syncPassword = password;
        return tenant;
    }

    private static SimulatedTenant create(String baseUrl, String id, List<String> userIds, String username, String password) {
        SimulatedTenant tenant = new SimulatedTenant(baseUrl, id);
        ObjectNode seed = JSON.createObjectNode();
        seed.put("id", tenant.id);
        ArrayNode apps = seed.putArray("apps");
        ObjectNode bridgeApp = apps.addObject().put("clientId", BRIDGE_CLIENT_ID).put("clientSecret", BRIDGE_SECRET);
        bridgeApp.putArray("roles").add("Presence.ReadWrite.All").add("Presence.Read.All");
        bridgeApp.putArray("delegatedScopes").add("Presence.Read.All");
        if (username != null) {
            seed.putArray("people").addObject().put("username", username).put("password", password).put("displayName", "Presence sync");
        }
        apps.addObject().put("clientId", TEAMS_CLIENT_ID).put("clientSecret", TEAMS_SECRET)
                .putArray("roles").add("Presence.ReadWrite.All");
        ArrayNode users = seed.putArray("users");
        for (String user : userIds) {
            users.addObject().put("id", user).put("displayName", user).put("userPrincipalName", tenant.mail(user))
                    .put("mail", tenant.mail(user)).put("accountEnabled", true);
        }
        tenant.send("POST", "/_simulator/tenants", seed, null, 201);
        return tenant;
    }

    /** Adds {@code count} generated users and returns their ids. */
    public List<String> generateUsers(int count, long seed) {
        JsonNode body = send("POST", "/_simulator/tenants/" + id + "/users/generate",
                JSON.createObjectNode().put("count", count).put("seed", seed).put("domain", "s" + seed + ".example.com"), null, 200);
        List<String> ids = new ArrayList<>(count);
        body.path("ids").forEach(i -> ids.add(i.asText()));
        return ids;
    }

    public String id() {
        return id;
    }

    public String mail(String userId) {
        return userId + "@" + id + ".example.com";
    }

    /** What Teams shows for the user right now, as {@code Availability/Activity}. */
    public String presence(String userId) {
        JsonNode body = send("GET", "/v1.0/users/" + userId + "/presence", null, teamsToken(), 200);
        return body.path("availability").asText() + "/" + body.path("activity").asText();
    }

    /** Teams itself (another app's session) puts the user into a state. */
    public void teamsSets(String userId, String availability, String activity) {
        ObjectNode body = JSON.createObjectNode().put("sessionId", TEAMS_CLIENT_ID).put("availability", availability)
                .put("activity", activity).put("expirationDuration", "PT1H");
        send("POST", "/v1.0/users/" + userId + "/presence/setPresence", body, teamsToken(), 200);
    }

    /** The user picks a state in the Teams client (preferred presence overrides every app session). */
    public void userPrefers(String userId, String availability, String activity) {
        ObjectNode body = JSON.createObjectNode().put("availability", availability).put("activity", activity)
                .put("expirationDuration", "PT1H");
        send("POST", "/v1.0/users/" + userId + "/presence/setUserPreferredPresence", body, teamsToken(), 200);
    }

    public void teamsClears(String userId) {
        send("POST", "/v1.0/users/" + userId + "/presence/clearPresence",
                JSON.createObjectNode().put("sessionId", TEAMS_CLIENT_ID), teamsToken(), 200);
    }

    /** Graph requests the simulator served for this tenant whose path contains {@code fragment}: "METHOD path appId status". */
    public List<String> requests(String fragment) {
        JsonNode body = send("GET", "/_simulator/requests?tenant=" + id + "&limit=20000&pathContains="
                + URLEncoder.encode(fragment, StandardCharsets.UTF_8), null, null, 200);
        List<String> lines = new ArrayList<>();
        body.path("value").forEach(e -> lines.add(e.path("method").asText() + " " + e.path("path").asText() + " "
                + e.path("appId").asText() + " " + e.path("status").asInt()));
        return lines;
    }

    /** A subscription as Graph shows it to the sync account (id, resource, clientState, expirationDateTime...). */
    public JsonNode subscription(String subscriptionId) {
        return send("GET", "/v1.0/subscriptions/" + subscriptionId, null, syncToken(), 200);
    }

    /** Graph drops a subscription (as it does before sending {@code subscriptionRemoved}). */
    public void removeSubscription(String subscriptionId) {
        send("DELETE", "/v1.0/subscriptions/" + subscriptionId, null, syncToken(), 204);
    }

    private String syncToken() {
        return token("grant_type=password&client_id=" + BRIDGE_CLIENT_ID + "&client_secret=" + BRIDGE_SECRET
                + "&username=" + URLEncoder.encode(syncUsername, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(syncPassword, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/Presence.Read.All", StandardCharsets.UTF_8));
    }

    private String teamsToken() {
        if (teamsToken == null) {
            teamsToken = token("grant_type=client_credentials&client_id=" + TEAMS_CLIENT_ID + "&client_secret=" + TEAMS_SECRET
                    + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8));
        }
        return teamsToken;
    }

    private String token(String form) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + id + "/oauth2/v2.0/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body()).path("access_token").asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String method, String path, JsonNode body, String token, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new AssertionError(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
