package io.switchboard.graph.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * OAuth2 client-credentials tokens for one tenant, cached until shortly before they expire.
 *
 * <p>Written by hand instead of using azure-identity because azure-identity refuses plain-http
 * authorities, and the local stack's identity provider (the graph-simulator) is plain http.
 * Thread-safe: readers see the cached token without locking; only a refresh is serialised, so
 * concurrent callers never fetch twice.
 */
public class ClientCredentialsTokenProvider implements AccessTokenProvider {

    /** Refresh this long before expiry (or at half the lifetime for very short-lived tokens). */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphTenantConfig config;
    private final HttpClient http;
    private final Clock clock;
    private final AllowedHostsValidator allowedHosts;
    private volatile CachedToken cached;

    public ClientCredentialsTokenProvider(GraphTenantConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Clock.systemUTC());
    }

    ClientCredentialsTokenProvider(GraphTenantConfig config, HttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
        // Only the configured Graph host gets our bearer token, never a host a nextLink might point to.
        this.allowedHosts = new AllowedHostsValidator(URI.create(config.graphBaseUrl()).getHost());
    }

    @Override
    public String getAuthorizationToken(URI uri, Map<String, Object> additionalAuthenticationContext) {
        if (uri != null && !allowedHosts.isUrlHostValid(uri)) {
            return "";
        }
        return token();
    }

    @Override
    public AllowedHostsValidator getAllowedHostsValidator() {
        return allowedHosts;
    }

    /** A valid access token, fetched only when the cached one is missing or about to expire. */
    public String token() {
        CachedToken current = cached;
        if (current != null && current.freshAt(clock.instant())) {
            return current.value();
        }
        synchronized (this) {
            current = cached;
            if (current == null || !current.freshAt(clock.instant())) {
                current = fetch();
                cached = current;
            }
            return current.value();
        }
    }

    /** Drops the cached token, e.g. after Graph answered 401 with a token we thought valid. */
    public void invalidate() {
        cached = null;
    }

    private CachedToken fetch() {
        String form = "grant_type=client_credentials"
                + "&client_id=" + encode(config.clientId())
                + "&client_secret=" + encode(config.clientSecret())
                + "&scope=" + encode(config.scope());
        HttpRequest request = HttpRequest.newBuilder(config.tokenEndpoint())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant requestedAt = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GraphAuthenticationException("Token endpoint " + config.tokenEndpoint() + " not reachable: " + e.getMessage(), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphAuthenticationException("Interrupted while fetching a token from " + config.tokenEndpoint(), 0, e);
        }
        return parse(response, requestedAt);
    }

    private CachedToken parse(HttpResponse<String> response, Instant requestedAt) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new GraphAuthenticationException("Token endpoint answered " + response.statusCode() + " with a body that is not JSON", response.statusCode(), e);
        }
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            String error = body.path("error").asText("unknown_error");
            String description = body.path("error_description").asText("");
            throw new GraphAuthenticationException("Token request for tenant " + config.tenantId() + " and client " + config.clientId()
                    + " failed with " + response.statusCode() + " " + error + ": " + description, response.statusCode(), null);
        }
        Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(3599));
        Duration margin = lifetime.dividedBy(2).compareTo(REFRESH_MARGIN) < 0 ? lifetime.dividedBy(2) : REFRESH_MARGIN;
        return new CachedToken(body.get("access_token").asText(), requestedAt.plus(lifetime).minus(margin));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record CachedToken(String value, Instant refreshAt) {
        boolean freshAt(Instant now) {
            return now.isBefore(refreshAt);
        }
    }
}
