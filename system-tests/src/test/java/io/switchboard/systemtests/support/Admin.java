package io.switchboard.systemtests.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services' admin REST APIs as an operator's script calls them: bearer tokens from the
 * simulator's token endpoint (password grant of the demo tenant's admin, operator and viewer).
 */
public final class Admin {

    private static final String ADMIN_APP_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c33";
    private static final String ADMIN_APP_SECRET = "switchboard-admin-cli-secret";

    private final Stack stack;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Admin(Stack stack) {
        this.stack = stack;
    }

    /** {@code role}: admin, operator or viewer. */
    public Http.Reply call(String role, String method, String service, String path, Object body) {
        return Http.send(method, stack.service(service) + "/api/tenants/" + Stack.TENANT + path, token(role), body);
    }

    public Http.Reply get(String service, String path) {
        return call("viewer", "GET", service, path, null);
    }

    /** What the inventory says the user holds: 404 when nothing. */
    public Http.Reply numberOf(String userId) {
        return get("number-inventory", "/users/" + userId + "/number");
    }

    public Http.Reply number(String phoneNumber) {
        return get("number-inventory", "/numbers/" + phoneNumber.replace("+", "%2B"));
    }

    public String token(String role) {
        return tokens.computeIfAbsent(role, r -> Http.token(stack.simulator() + "/" + Stack.TENANT + "/oauth2/v2.0/token",
                Map.of("grant_type", "password", "client_id", ADMIN_APP_ID, "client_secret", ADMIN_APP_SECRET,
                        "username", r + "@contoso-demo.onmicrosoft.com", "password", r, "scope", "openid profile")));
    }
}
