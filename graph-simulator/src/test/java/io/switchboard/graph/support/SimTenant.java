package io.switchboard.graph.support;

import static io.restassured.RestAssured.given;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.switchboard.graph.client.GraphClientOptions;
import io.switchboard.graph.client.GraphTenantConfig;
import io.switchboard.graph.client.TenantGraphClientFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh tenant in the running simulator with one app holding every permission the simulator knows,
 * and helpers to reach it through the Graph SDK (via the graph-client module) and raw HTTP.
 */
public final class SimTenant {

    public static final List<String> ALL_ROLES = List.of("User.ReadWrite.All", "Organization.Read.All", "TeamsTelephoneNumber.ReadWrite.All",
            "Presence.ReadWrite.All", "LicenseAssignment.ReadWrite.All");

    public final String id;
    public final String clientId;
    public final String clientSecret;

    private SimTenant(String id, String clientId, String clientSecret) {
        this.id = id;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** A tenant with the given extra seed fields (settings, skus, numbers, people...) merged into the document. */
    public static SimTenant create(Map<String, Object> extra) {
        String id = UUID.randomUUID().toString();
        String clientId = UUID.randomUUID().toString();
        Map<String, Object> seed = new java.util.HashMap<>(extra);
        seed.put("id", id);
        seed.put("domain", "t" + id.substring(0, 8) + ".onmicrosoft.com");
        seed.put("displayName", "Test " + id.substring(0, 8));
        seed.put("apps", List.of(Map.of("clientId", clientId, "clientSecret", "secret", "displayName", "Test app",
                "roles", ALL_ROLES, "delegatedScopes", List.of("Presence.Read.All", "Presence.ReadWrite", "User.Read.All"))));
        given().contentType(ContentType.JSON).body(seed).post("/_simulator/tenants").then().statusCode(201);
        return new SimTenant(id, clientId, "secret");
    }

    public static SimTenant create() {
        return create(Map.of());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + RestAssured.port;
    }

    public String domain() {
        return "t" + id.substring(0, 8) + ".onmicrosoft.com";
    }

    public GraphServiceClient graph() {
        return TenantGraphClientFactory.create(config(), GraphClientOptions.withoutRetries());
    }

    public GraphTenantConfig config() {
        return new GraphTenantConfig(id, clientId, clientSecret, baseUrl(), baseUrl() + "/v1.0");
    }

    /** An app-only token for this tenant's app. */
    public String appToken() {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret,
                        "scope", "https://graph.microsoft.com/.default"))
                .post("/" + id + "/oauth2/v2.0/token").then().statusCode(200).extract().path("access_token");
    }

    /** A delegated token for a person or directory user of this tenant. */
    public String userToken(String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret,
                        "scope", "https://graph.microsoft.com/.default", "username", username, "password", password))
                .post("/" + id + "/oauth2/v2.0/token").then().statusCode(200).extract().path("access_token");
    }

    public void settings(Map<String, Object> settings) {
        given().contentType(ContentType.JSON).body(settings).patch("/_simulator/tenants/" + id + "/settings").then().statusCode(200);
    }

    /** Adds a user through the admin API (with licences by part number) and returns its id. */
    public String addUser(String nickname, Map<String, Object> extra) {
        Map<String, Object> user = new java.util.HashMap<>(Map.of("displayName", nickname, "mailNickname", nickname,
                "userPrincipalName", nickname + "@" + domain(), "mail", nickname + "@" + domain(), "usageLocation", "DE",
                "city", "Berlin", "password", "pw-" + nickname));
        user.putAll(extra);
        return given().contentType(ContentType.JSON).body(user).post("/_simulator/tenants/" + id + "/users")
                .then().statusCode(201).extract().path("id");
    }

    public JsonPath rawGet(String path) {
        return given().auth().oauth2(appToken()).get("/v1.0" + path).then().statusCode(200).extract().jsonPath();
    }
}
