package io.switchboard.presence.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.presence.config.PresenceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /subscriptions} calls with the tenant's sync account: Graph accepts presence subscriptions
 * only with a delegated token. The account signs in with the resource-owner password grant (what
 * a dedicated, MFA-exempt service account can do); its token is cached until shortly before it
 * expires. Blocking: callers run on worker or scheduler threads.
 */
@ApplicationScoped
public class SubscriptionsGraphClient {

    /** A Graph answer other than 2xx. */
    public static final class GraphCallFailed extends RuntimeException {
        final int status;

        GraphCallFailed(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private record Token(String value, Instant renewAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PresenceConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public SubscriptionsGraphClient(PresenceConfig config) {
        this.config = config;
    }

    public JsonNode create(String tenantId, ObjectNode body) {
        return call(tenantId, "POST", "/subscriptions", body);
    }

    public JsonNode renew(String tenantId, String subscriptionId, Instant expiresAt) {
        return call(tenantId, "PATCH", "/subscriptions/" + subscriptionId,
                JSON.createObjectNode().put("expirationDateTime", expiresAt.toString()));
    }

    /** Deletes a subscription; one Graph no longer knows is fine. */
    public void delete(String tenantId, String subscriptionId) {
        try {
            call(tenantId, "DELETE", "/subscriptions/" + subscriptionId, null);
        } catch (GraphCallFailed e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private JsonNode call(String tenantId, String method, String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.graph().graphBaseUrl() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(tenantId))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() == 401) {
            tokens.remove(tenantId); // the account's password or consent changed: sign in again next time
        }
        if (answer.statusCode() / 100 != 2) {
            throw new GraphCallFailed(answer.statusCode(), method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return read(answer.body());
    }

    private String token(String tenantId) {
        Token cached = tokens.get(tenantId);
        if (cached != null && Instant.now().isBefore(cached.renewAt())) {
            return cached.value();
        }
        PresenceConfig.SyncAccount account = config.subscriptions().tenants().get(tenantId);
        if (account == null) {
            throw new IllegalStateException("tenant " + tenantId + " has no presence sync account configured");
        }
        String form = form(Map.of("grant_type", "password",
                "client_id", account.clientId().orElse(config.graph().clientId()),
                "client_secret", account.clientSecret().orElse(config.graph().clientSecret()),
                "scope", "https://graph.microsoft.com/Presence.Read.All offline_access",
                "username", account.username(), "password", account.password()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.graph().tokenBaseUrl() + "/" + tenantId + "/oauth2/v2.0/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = send(request);
        JsonNode json = read(answer.body());
        if (answer.statusCode() != 200 || !json.hasNonNull("access_token")) {
            throw new GraphCallFailed(answer.statusCode(), "sign-in of presence sync account " + account.username() + " for tenant "
                    + tenantId + " failed: " + json.path("error_description").asText(answer.body()));
        }
        long lifetime = json.path("expires_in").asLong(3600);
        Token token = new Token(json.get("access_token").asText(), Instant.now().plusSeconds(Math.max(lifetime / 2, lifetime - 300)));
        tokens.put(tenantId, token);
        return token.value();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GraphCallFailed(0, request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphCallFailed(0, request.method() + " " + request.uri() + " interrupted");
        }
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
