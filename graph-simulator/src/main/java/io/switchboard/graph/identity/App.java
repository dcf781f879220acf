package io.switchboard.graph.identity;

import java.util.List;

/**
 * An application registration with its admin-consented permissions.
 *
 * @param clientId           application (client) id
 * @param clientSecret       its one secret
 * @param displayName        shown in tokens' {@code app_displayname}
 * @param servicePrincipalId object id of the app in this tenant ({@code oid} / {@code sub} of app tokens)
 * @param roles              application permissions (e.g. {@code User.Read.All}) and custom app roles
 *                           (e.g. {@code switchboard-admin}), issued as {@code roles} in client-credentials tokens
 * @param delegatedScopes    delegated permissions, issued as {@code scp} in tokens for people
 */
public record App(String clientId, String clientSecret, String displayName, String servicePrincipalId,
                  List<String> roles, List<String> delegatedScopes) {

    public App {
        roles = roles == null ? List.of() : List.copyOf(roles);
        delegatedScopes = delegatedScopes == null ? List.of() : List.copyOf(delegatedScopes);
    }

    /** The secret is never shown again after creation, as in Entra. */
    public App withoutSecret() {
        return new App(clientId, null, displayName, servicePrincipalId, roles, delegatedScopes);
    }
}
