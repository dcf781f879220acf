package io.switchboard.graph.client;

import java.net.URI;
import java.util.Objects;

/**
 * Where and as whom one tenant talks to Microsoft Graph.
 *
 * @param tenantId     Entra tenant id (GUID) or verified domain
 * @param clientId     application (client) id
 * @param clientSecret client secret of the application
 * @param tokenBaseUrl authority without tenant, e.g. {@code https://login.microsoftonline.com} or {@code http://127.0.0.1:8090}
 * @param graphBaseUrl Graph root including the version, e.g. {@code https://graph.microsoft.com/v1.0}
 * @param scope        client-credentials scope; Graph wants {@code https://graph.microsoft.com/.default}
 */
public record GraphTenantConfig(String tenantId, String clientId, String clientSecret,
                                String tokenBaseUrl, String graphBaseUrl, String scope) {

    public static final String GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default";

    public GraphTenantConfig {
        requireText(tenantId, "tenantId");
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        requireText(tokenBaseUrl, "tokenBaseUrl");
        requireText(graphBaseUrl, "graphBaseUrl");
        tokenBaseUrl = stripTrailingSlash(tokenBaseUrl);
        graphBaseUrl = stripTrailingSlash(graphBaseUrl);
        scope = scope == null || scope.isBlank() ? GRAPH_DEFAULT_SCOPE : scope;
    }

    public GraphTenantConfig(String tenantId, String clientId, String clientSecret, String tokenBaseUrl, String graphBaseUrl) {
        this(tenantId, clientId, clientSecret, tokenBaseUrl, graphBaseUrl, null);
    }

    /** The OAuth2 v2.0 token endpoint of this tenant. */
    public URI tokenEndpoint() {
        return URI.create(tokenBaseUrl + "/" + tenantId + "/oauth2/v2.0/token");
    }

    /** Secrets must never end up in logs, so the generated toString is replaced. */
    @Override
    public String toString() {
        return "GraphTenantConfig[tenantId=" + tenantId + ", clientId=" + clientId + ", tokenBaseUrl=" + tokenBaseUrl
                + ", graphBaseUrl=" + graphBaseUrl + ", scope=" + scope + "]";
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name + " is required").isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
