package io.switchboard.bench.clients;

import io.switchboard.bench.api.StackEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/** Bearer tokens from the simulator's token endpoint, each cached well inside its one-hour lifetime. */
public final class Tokens {

    private static final Duration REUSE = Duration.ofMinutes(20);

    private final Http http;
    private final String tokenUrl;
    private final StackEndpoints.Credentials credentials;
    private final Supplier<String> hr;
    private final Supplier<String> app;
    private final Supplier<String> admin;

    public Tokens(Http http, StackEndpoints stack) {
        this.http = http;
        this.tokenUrl = stack.simulatorUrl() + "/" + stack.tenantId() + "/oauth2/v2.0/token";
        this.credentials = stack.credentials();
        this.hr = cached(() -> appToken(credentials.hrAppId(), credentials.hrAppSecret()));
        this.app = cached(() -> appToken(credentials.appId(), credentials.appSecret()));
        this.admin = cached(() -> http.form(tokenUrl, Map.of("grant_type", "password", "client_id", credentials.adminAppId(),
                "client_secret", credentials.adminAppSecret(), "username", credentials.adminUser(), "password",
                credentials.adminPassword(), "scope", "openid profile")).path("access_token").asText());
    }

    /** The demo HR system: creates and licenses users. */
    public Supplier<String> hr() {
        return hr;
    }

    /** Switchboard's own app: reads what Switchboard reads (subscriptions). */
    public Supplier<String> app() {
        return app;
    }

    /** A Switchboard admin for the services' admin APIs. */
    public Supplier<String> admin() {
        return admin;
    }

    /** A token of any app of the tenant (e.g. one the benchmark registered for itself). */
    public Supplier<String> forApp(String clientId, String secret) {
        return cached(() -> appToken(clientId, secret));
    }

    private String appToken(String clientId, String secret) {
        return http.form(tokenUrl, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret,
                "scope", "https://graph.microsoft.com/.default")).path("access_token").asText();
    }

    private static Supplier<String> cached(Supplier<String> fetch) {
        return new Supplier<>() {
            private String token;
            private Instant fetchedAt = Instant.MIN;

            @Override
            public synchronized String get() {
                if (token == null || Instant.now().isAfter(fetchedAt.plus(REUSE))) {
                    token = fetch.get();
                    fetchedAt = Instant.now();
                }
                return token;
            }
        };
    }
}
