package io.switchboard.graph.identity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.config.SimulatorConfig;
import io.switchboard.graph.tenants.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Issues access tokens shaped like Entra ID v2.0 tokens. Token times are wall-clock times (not the
 * simulator clock), so that advancing the simulated clock never invalidates clients' cached tokens.
 */
@ApplicationScoped
public class TokenService {

    /** Graph's resource id and URI; tokens for Graph carry one of them as {@code aud}. */
    public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    public static final String GRAPH_RESOURCE = "https://graph.microsoft.com";

    private final SigningKeys keys;
    private final SimulatorConfig config;

    public TokenService(SigningKeys keys, SimulatorConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public record IssuedToken(String accessToken, long expiresIn) {
    }

    public static String issuer(String baseUrl, Tenant tenant) {
        return baseUrl + "/" + tenant.id() + "/v2.0";
    }

    /** Client credentials: the app's permissions and roles as {@code roles}. */
    public IssuedToken forApp(String baseUrl, Tenant tenant, App app, String audience, Duration lifetime) {
        ObjectNode claims = common(baseUrl, tenant, app, audience, lifetime);
        claims.put("sub", app.servicePrincipalId());
        claims.put("oid", app.servicePrincipalId());
        claims.put("idtyp", "app");
        roles(claims, app.roles());
        return new IssuedToken(Jwt.sign(claims, keys), seconds(claims));
    }

    /** Resource-owner password: the person's roles as {@code roles}, the app's delegated permissions as {@code scp}. */
    public IssuedToken forUser(String baseUrl, Tenant tenant, App app, String audience, String userId, String username,
                               String displayName, List<String> personRoles, Duration lifetime) {
        ObjectNode claims = common(baseUrl, tenant, app, audience, lifetime);
        claims.put("sub", userId);
        claims.put("oid", userId);
        claims.put("idtyp", "user");
        claims.put("preferred_username", username);
        claims.put("upn", username);
        claims.put("name", displayName == null ? username : displayName);
        if (!app.delegatedScopes().isEmpty()) {
            claims.put("scp", String.join(" ", app.delegatedScopes()));
        }
        roles(claims, personRoles);
        return new IssuedToken(Jwt.sign(claims, keys), seconds(claims));
    }

    public Duration defaultLifetime() {
        return config.tokenLifetime();
    }

    private ObjectNode common(String baseUrl, Tenant tenant, App app, String audience, Duration lifetime) {
        Instant now = Instant.now();
        ObjectNode claims = Json.object();
        claims.put("aud", audience);
        claims.put("iss", issuer(baseUrl, tenant));
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("tid", tenant.id());
        claims.put("appid", app.clientId());
        claims.put("azp", app.clientId());
        claims.put("app_displayname", app.displayName());
        claims.put("ver", "2.0");
        claims.put("uti", UUID.randomUUID().toString());
        return claims;
    }

    private static void roles(ObjectNode claims, List<String> roles) {
        if (!roles.isEmpty()) {
            ArrayNode array = claims.putArray("roles");
            roles.forEach(array::add);
        }
    }

    private static long seconds(ObjectNode claims) {
        return Math.max(0, claims.get("exp").asLong() - claims.get("iat").asLong() - 1);
    }
}
