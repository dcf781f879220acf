package io.switchboard.graph.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the bearer token of a Graph call as Graph does: signature, lifetime, audience, tenant.
 * Verified tokens are cached, so the RSA check runs once per token rather than once per request.
 */
@ApplicationScoped
public class Authenticator {

    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, String> UNAUTHORIZED = Map.of("WWW-Authenticate",
            "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\""
                    + TokenService.GRAPH_APP_ID + "\"");

    private final SigningKeys keys;
    private final TenantRegistry tenants;
    private final Map<String, GraphPrincipal> verified = new ConcurrentHashMap<>();

    public Authenticator(SigningKeys keys, TenantRegistry tenants) {
        this.keys = keys;
        this.tenants = tenants;
    }

    /** The caller, or a 401 GraphException explaining what is wrong with the token. */
    public GraphPrincipal authenticate(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw unauthorized("Access token is empty.");
        }
        if (!authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("Access token validation failure. The Authorization header must use the Bearer scheme.");
        }
        String token = authorizationHeader.substring(7).trim();
        GraphPrincipal principal = verified.get(token);
        if (principal == null) {
            principal = verify(token);
            if (verified.size() >= CACHE_LIMIT) {
                verified.clear();
            }
            verified.put(token, principal);
        }
        if (!Instant.now().isBefore(principal.expiresAt())) {
            verified.remove(token);
            throw unauthorized("Lifetime validation failed, the token is expired.");
        }
        if (tenants.find(principal.tenantId()).isEmpty()) {
            throw unauthorized("Access token validation failure. The tenant '" + principal.tenantId() + "' does not exist.");
        }
        return principal;
    }

    /** 403 unless the caller holds one of the permissions the endpoint accepts. */
    public static void require(GraphPrincipal principal, Permission permission) {
        if (!permission.grantedTo(principal)) {
            throw new GraphException(403, permission.errorCode(), "Insufficient privileges to complete the operation. Required: "
                    + permission.describe() + ".");
        }
    }

    public Tenant tenantOf(GraphPrincipal principal) {
        return tenants.find(principal.tenantId()).orElseThrow(() -> unauthorized("Invalid tenant."));
    }

    public void forgetCachedTokens() {
        verified.clear();
    }

    private GraphPrincipal verify(String token) {
        JsonNode claims = Jwt.verify(token, keys)
                .orElseThrow(() -> unauthorized("Access token validation failure. Invalid signature or malformed token."));
        String audience = claims.path("aud").asText();
        if (!isGraphAudience(audience)) {
            throw unauthorized("Access token validation failure. Invalid audience.");
        }
        long now = Instant.now().getEpochSecond();
        if (claims.path("nbf").asLong(0) > now + 300) {
            throw unauthorized("Access token validation failure. The token is not yet valid.");
        }
        String userId = "user".equals(claims.path("idtyp").asText()) ? claims.path("oid").asText() : null;
        Set<String> roles = new HashSet<>();
        claims.path("roles").forEach(r -> roles.add(r.asText()));
        Set<String> scopes = new HashSet<>();
        for (String scope : claims.path("scp").asText("").split(" ")) {
            if (!scope.isBlank()) {
                scopes.add(scope);
            }
        }
        return new GraphPrincipal(claims.path("tid").asText(), claims.path("appid").asText(), userId, Set.copyOf(roles),
                Set.copyOf(scopes), Instant.ofEpochSecond(claims.path("exp").asLong()));
    }

    private static boolean isGraphAudience(String audience) {
        String a = audience.endsWith("/") ? audience.substring(0, audience.length() - 1) : audience;
        return a.equalsIgnoreCase(TokenService.GRAPH_RESOURCE) || a.equalsIgnoreCase(TokenService.GRAPH_APP_ID);
    }

    private static GraphException unauthorized(String message) {
        return new GraphException(401, "InvalidAuthenticationToken", message, UNAUTHORIZED);
    }
}
