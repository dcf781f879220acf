package io.switchboard.graph.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.graph.support.SimTenant;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdentityContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SimTenant tenant;

    @BeforeEach
    void setUp() {
        tenant = SimTenant.create(Map.of("people", List.of(Map.of("username", "admin@corp.example", "password", "pw",
                "displayName", "Admin", "roles", List.of("switchboard-admin")))));
    }

    @Test
    void clientCredentialsTokensAreSignedByTheDiscoveredKeyAndCarryGraphClaims() throws Exception {
        // given
        JsonPath discovery = given().get("/" + tenant.id + "/v2.0/.well-known/openid-configuration").then().statusCode(200)
                .extract().jsonPath();

        // when
        String token = tenant.appToken();

        // then
        JsonNode claims = claims(token);
        assertThat(claims.path("iss").asText()).isEqualTo(discovery.getString("issuer")).endsWith("/" + tenant.id + "/v2.0");
        assertThat(claims.path("aud").asText()).isEqualTo("https://graph.microsoft.com");
        assertThat(claims.path("tid").asText()).isEqualTo(tenant.id);
        assertThat(claims.path("appid").asText()).isEqualTo(tenant.clientId);
        assertThat(claims.path("roles")).extracting(JsonNode::asText).containsAll(SimTenant.ALL_ROLES);
        assertThat(claims.path("exp").asLong()).isGreaterThan(claims.path("iat").asLong());
        assertThat(claims.has("nbf") && claims.has("sub")).isTrue();
        assertThat(verifiesWith(discovery.getString("jwks_uri"), token)).isTrue();
        assertThat(discovery.getString("token_endpoint")).endsWith("/" + tenant.id + "/oauth2/v2.0/token");
    }

    @Test
    void peopleGetRolesAndPreferredUsernameForSwitchboardsOwnApis() throws Exception {
        // when
        String token = given().formParams(Map.of("grant_type", "password", "client_id", tenant.clientId, "username", "admin@corp.example",
                "password", "pw", "scope", "api://switchboard/.default")).post("/" + tenant.id + "/oauth2/v2.0/token")
                .then().statusCode(200).extract().path("access_token");

        // then
        JsonNode claims = claims(token);
        assertThat(claims.path("aud").asText()).isEqualTo("api://switchboard");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("admin@corp.example");
        assertThat(claims.path("roles").get(0).asText()).isEqualTo("switchboard-admin");
        assertThat(claims.path("scp").asText()).contains("Presence.Read.All");
        assertThat(claims.path("tid").asText()).isEqualTo(tenant.id);
    }

    @Test
    void refusesBadCredentialsLikeEntra() {
        given().formParams(Map.of("grant_type", "client_credentials", "client_id", tenant.clientId, "client_secret", "wrong",
                        "scope", "https://graph.microsoft.com/.default")).post("/" + tenant.id + "/oauth2/v2.0/token")
                .then().statusCode(401).body("error", equalTo("invalid_client")).body("error_description", startsWith("AADSTS7000215"));
        given().formParams(Map.of("grant_type", "client_credentials", "client_id", tenant.clientId, "client_secret", "secret",
                        "scope", "https://graph.microsoft.com/User.Read")).post("/" + tenant.id + "/oauth2/v2.0/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().formParams(Map.of("grant_type", "password", "client_id", tenant.clientId, "username", "admin@corp.example",
                        "password", "nope", "scope", "openid")).post("/" + tenant.id + "/oauth2/v2.0/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().formParams(Map.of("grant_type", "client_credentials", "client_id", "x", "client_secret", "y", "scope", "a/.default"))
                .post("/no-such-tenant/oauth2/v2.0/token").then().statusCode(400).body("error_codes[0]", equalTo(90002));
    }

    @Test
    void graphCallsCheckTheBearerToken() {
        given().get("/v1.0/users").then().statusCode(401).body("error.code", equalTo("InvalidAuthenticationToken"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not.a.token").get("/v1.0/users").then().statusCode(401).body("error.code", equalTo("InvalidAuthenticationToken"));
        String forged = forge(tenant.appToken());
        given().auth().oauth2(forged).get("/v1.0/users").then().statusCode(401);
        String expired = given().contentType("application/json").body(Map.of("clientId", tenant.clientId, "lifetimeSeconds", -60))
                .post("/_simulator/tenants/" + tenant.id + "/tokens").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(expired).get("/v1.0/users").then().statusCode(401).body("error.message", equalTo("Lifetime validation failed, the token is expired."));
        String adminToken = given().formParams(Map.of("grant_type", "password", "client_id", tenant.clientId, "username", "admin@corp.example",
                "password", "pw", "scope", "api://switchboard/.default")).post("/" + tenant.id + "/oauth2/v2.0/token").then().extract().path("access_token");
        given().auth().oauth2(adminToken).get("/v1.0/users").then().statusCode(401).body("error.message", equalTo("Access token validation failure. Invalid audience."));
    }

    @Test
    void graphCallsCheckThePermissionOfTheEndpoint() {
        // given an app with only Presence.Read.All
        String limited = given().contentType("application/json").body(Map.of("roles", List.of("Presence.Read.All")))
                .post("/_simulator/tenants/" + tenant.id + "/apps").then().statusCode(201).extract().path("clientId");
        String secret = given().contentType("application/json").body(Map.of("clientId", "fixed-" + limited, "clientSecret", "s",
                "roles", List.of("Presence.Read.All"))).post("/_simulator/tenants/" + tenant.id + "/apps").then().extract().path("clientSecret");
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "fixed-" + limited, "client_secret", secret,
                "scope", "https://graph.microsoft.com/.default")).post("/" + tenant.id + "/oauth2/v2.0/token").then().extract().path("access_token");

        // then reading users is forbidden in the directory's words, numbers in Teams' words
        given().auth().oauth2(token).get("/v1.0/users").then().statusCode(403).body("error.code", equalTo("Authorization_RequestDenied"));
        given().auth().oauth2(token).get("/v1.0/admin/teams/telephoneNumberManagement/numberAssignments").then().statusCode(403)
                .body("error.code", equalTo("Forbidden"));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("ids", List.of("x")))
                .post("/v1.0/communications/getPresencesByUserId").then().statusCode(200);
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static boolean verifiesWith(String jwksUri, String token) throws Exception {
        JsonNode key = JSON.readTree(given().get(jwksUri.replaceFirst("^https?://[^/]+", "")).asString()).path("keys").get(0);
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(key.path("e").asText()))));
        String[] parts = token.split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    /** Same header and signature, claims changed to another tenant: must fail the signature check. */
    private static String forge(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"tid\":\"", "\"tid\":\"0");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
