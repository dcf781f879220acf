package io.switchboard.graph.identity;

import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.config.SimulatorConfig;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantRegistry;
import io.switchboard.graph.users.DirectoryUser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** Entra ID's token endpoint (client credentials, resource-owner password), OIDC discovery and keys. */
@Path("/{tenant}")
@NonBlocking
public class TokenResource {

    private final TenantRegistry tenants;
    private final TokenService tokens;
    private final SigningKeys keys;
    private final SimulatorConfig config;

    public TokenResource(TenantRegistry tenants, TokenService tokens, SigningKeys keys, SimulatorConfig config) {
        this.tenants = tenants;
        this.tokens = tokens;
        this.keys = keys;
        this.config = config;
    }

    @POST
    @Path("/oauth2/v2.0/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@PathParam("tenant") String tenantKey, @FormParam("grant_type") String grantType,
                          @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret,
                          @FormParam("scope") String scope, @FormParam("username") String username,
                          @FormParam("password") String password, @HeaderParam("Authorization") String basic,
                          @Context UriInfo uri) {
        try {
            Tenant tenant = tenants.find(tenantKey).orElseThrow(() -> new OAuthError(400, "invalid_request", 90002,
                    "Tenant '" + tenantKey + "' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."));
            String[] credentials = basicCredentials(basic);
            String id = clientId != null ? clientId : credentials[0];
            String secret = clientSecret != null ? clientSecret : credentials[1];
            App app = tenant.identity().app(id).orElseThrow(() -> new OAuthError(400, "unauthorized_client", 700016,
                    "Application with identifier '" + id + "' was not found in the directory '" + tenant.domain() + "'."));
            TokenService.IssuedToken issued = switch (Objects.requireNonNullElse(grantType, "")) {
                case "client_credentials" -> clientCredentials(uri, tenant, app, secret, scope);
                case "password" -> password(uri, tenant, app, secret, scope, username, password);
                default -> throw new OAuthError(400, "unsupported_grant_type", 70003,
                        "The app requested an unsupported grant type '" + grantType + "'.");
            };
            var body = Json.object();
            body.put("token_type", "Bearer");
            body.put("expires_in", issued.expiresIn());
            body.put("ext_expires_in", issued.expiresIn());
            body.put("access_token", issued.accessToken());
            return Response.ok(Json.write(body)).header("Cache-Control", "no-store").build();
        } catch (OAuthError e) {
            return e.toResponse();
        }
    }

    @GET
    @Path("/v2.0/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Response discovery(@PathParam("tenant") String tenantKey, @Context UriInfo uri) {
        Tenant tenant = tenants.find(tenantKey).orElse(null);
        if (tenant == null) {
            return new OAuthError(400, "invalid_tenant", 90002, "Tenant '" + tenantKey + "' not found.").toResponse();
        }
        String base = baseUrl(uri);
        String root = base + "/" + tenant.id();
        var body = Json.object();
        body.put("issuer", TokenService.issuer(base, tenant));
        body.put("token_endpoint", root + "/oauth2/v2.0/token");
        body.put("authorization_endpoint", root + "/oauth2/v2.0/authorize");
        body.put("jwks_uri", root + "/discovery/v2.0/keys");
        body.put("tenant_region_scope", "EU");
        body.putArray("token_endpoint_auth_methods_supported").add("client_secret_post").add("client_secret_basic");
        body.putArray("response_types_supported").add("code").add("id_token").add("code id_token").add("id_token token");
        body.putArray("response_modes_supported").add("query").add("fragment").add("form_post");
        body.putArray("subject_types_supported").add("pairwise");
        body.putArray("id_token_signing_alg_values_supported").add("RS256");
        body.putArray("grant_types_supported").add("client_credentials").add("password");
        body.putArray("scopes_supported").add("openid").add("profile").add("email").add("offline_access");
        body.putArray("claims_supported").add("sub").add("iss").add("aud").add("exp").add("iat").add("nbf").add("tid")
                .add("oid").add("roles").add("scp").add("preferred_username").add("name");
        return Response.ok(Json.write(body)).build();
    }

    @GET
    @Path("/discovery/v2.0/keys")
    @Produces(MediaType.APPLICATION_JSON)
    public String keys() {
        return Json.write(keys.jwks());
    }

    private TokenService.IssuedToken clientCredentials(UriInfo uri, Tenant tenant, App app, String secret, String scope) {
        checkSecret(app, secret);
        if (scope == null || !scope.trim().endsWith("/.default") || scope.trim().contains(" ")) {
            throw new OAuthError(400, "invalid_scope", 1002012, "The provided value for scope " + scope
                    + " is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");
        }
        String trimmed = scope.trim();
        return tokens.forApp(baseUrl(uri), tenant, app, trimmed.substring(0, trimmed.length() - "/.default".length()),
                tokens.defaultLifetime());
    }

    private TokenService.IssuedToken password(UriInfo uri, Tenant tenant, App app, String secret, String scope,
                                              String username, String password) {
        if (secret != null) {
            checkSecret(app, secret);
        }
        if (username == null || password == null) {
            throw new OAuthError(400, "invalid_request", 900144, "The request body must contain the following parameters: 'username' and 'password'.");
        }
        String audience = audienceOf(scope);
        var person = tenant.identity().person(username);
        if (person.isPresent()) {
            if (!person.get().password().equals(password)) {
                throw invalidGrant();
            }
            Person p = person.get();
            return tokens.forUser(baseUrl(uri), tenant, app, audience, p.id(), p.username(), p.displayName(), p.roles(),
                    tokens.defaultLifetime());
        }
        DirectoryUser user = tenant.directory().findActive(username).orElseThrow(TokenResource::invalidGrant);
        if (user.password() == null || !user.password().equals(password)) {
            throw invalidGrant();
        }
        if (!user.accountEnabled()) {
            throw new OAuthError(400, "invalid_grant", 50057, "The user account is disabled.");
        }
        return tokens.forUser(baseUrl(uri), tenant, app, audience, user.id(), user.userPrincipalName(), user.displayName(),
                java.util.List.of(), tokens.defaultLifetime());
    }

    /** The resource of the first scope naming one ({@code api://x/.default}, {@code https://graph.microsoft.com/User.Read}); Graph otherwise. */
    static String audienceOf(String scope) {
        if (scope != null) {
            for (String s : scope.trim().split("\\s+")) {
                int slash = s.lastIndexOf('/');
                if (slash > 0 && s.contains("://")) {
                    return s.substring(0, slash);
                }
            }
        }
        return TokenService.GRAPH_RESOURCE;
    }

    private static void checkSecret(App app, String secret) {
        if (secret == null || !secret.equals(app.clientSecret())) {
            throw new OAuthError(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '"
                    + app.clientId() + "'.");
        }
    }

    private static OAuthError invalidGrant() {
        return new OAuthError(400, "invalid_grant", 50126, "Error validating credentials due to invalid username or password.");
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new String[] {null, null};
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? new String[] {decoded, null} : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private String baseUrl(UriInfo uri) {
        return BaseUrls.of(config, uri);
    }
}
