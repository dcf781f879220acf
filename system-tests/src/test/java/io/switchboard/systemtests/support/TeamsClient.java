package io.switchboard.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Teams client app (registered in the demo tenant through the simulator's admin API, since the
 * demo tenant has none): its presence session is what a user's Teams desktop would set.
 */
public final class TeamsClient {

    private final Stack stack;
    private final String appId;
    private final String token;

    private TeamsClient(Stack stack, String appId, String token) {
        this.stack = stack;
        this.appId = appId;
        this.token = token;
    }

    static TeamsClient register(Stack stack) {
        String appId = UUID.randomUUID().toString();
        String secret = "teams-client-" + UUID.randomUUID();
        Http.send("POST", stack.simulator() + "/_simulator/tenants/" + Stack.TENANT + "/apps", null,
                Map.of("clientId", appId, "clientSecret", secret, "displayName", "Teams desktop (system tests)",
                        "roles", List.of("Presence.ReadWrite.All"), "delegatedScopes", List.of())).expect(201);
        String token = Http.token(stack.simulator() + "/" + Stack.TENANT + "/oauth2/v2.0/token", Map.of("grant_type",
                "client_credentials", "client_id", appId, "client_secret", secret, "scope", "https://graph.microsoft.com/.default"));
        return new TeamsClient(stack, appId, token);
    }

    /** The user is in a call, say, in their Teams client. */
    public void sets(String userId, String availability, String activity) {
        Http.send("POST", stack.simulator() + "/v1.0/users/" + userId + "/presence/setPresence", token,
                Map.of("sessionId", appId, "availability", availability, "activity", activity, "expirationDuration", "PT1H"))
                .expect(200);
    }

    /** What Teams shows for the user, e.g. {@code Busy/InACall}. */
    public String presence(String userId) {
        JsonNode presence = Http.send("GET", stack.simulator() + "/v1.0/users/" + userId + "/presence", token, null).expect(200).json();
        return presence.path("availability").asText() + "/" + presence.path("activity").asText();
    }
}
