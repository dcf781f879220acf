package io.switchboard.graph.identity;

import java.time.Instant;
import java.util.Set;

/**
 * The caller of a Graph request, from its verified access token.
 *
 * @param tenantId  {@code tid}
 * @param appId     {@code appid}
 * @param userId    {@code oid} of the signed-in user for delegated tokens, null for app-only tokens
 * @param roles     application permissions ({@code roles})
 * @param scopes    delegated permissions ({@code scp})
 * @param expiresAt {@code exp}
 */
public record GraphPrincipal(String tenantId, String appId, String userId, Set<String> roles, Set<String> scopes, Instant expiresAt) {

    public boolean delegated() {
        return userId != null;
    }
}
