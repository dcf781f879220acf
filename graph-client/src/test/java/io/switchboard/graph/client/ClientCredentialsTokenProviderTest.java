package io.switchboard.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.graph.client.FakeGraphServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokenProviderTest {

    private static final String TOKEN_PATH = "/tenant-1/oauth2/v2.0/token";

    private FakeGraphServer server;
    private MutableClock clock;
    private ClientCredentialsTokenProvider provider;

    @BeforeEach
    void start() throws Exception {
        server = new FakeGraphServer();
        clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        GraphTenantConfig config = new GraphTenantConfig("tenant-1", "client", "secret", server.baseUrl(), server.baseUrl() + "/v1.0");
        provider = new ClientCredentialsTokenProvider(config, HttpClient.newHttpClient(), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void cachesTheTokenUntilShortlyBeforeExpiry() {
        // given a token endpoint issuing one-hour tokens
        server.script(TOKEN_PATH, Reply.json(200, token("first", 3600)), Reply.json(200, token("second", 3600)));

        // when the token is asked for twice within its lifetime
        String a = provider.token();
        clock.advance(Duration.ofMinutes(50));
        String b = provider.token();

        // then it was fetched once
        assertThat(a).isEqualTo("first").isEqualTo(b);
        assertThat(server.hits(TOKEN_PATH)).isEqualTo(1);

        // and within the five-minute refresh margin a new one is fetched
        clock.advance(Duration.ofMinutes(6));
        assertThat(provider.token()).isEqualTo("second");
        assertThat(server.hits(TOKEN_PATH)).isEqualTo(2);
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        // given
        server.script(TOKEN_PATH, Reply.json(200, token("shared", 3600)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // when eight threads ask at once
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(provider::token);
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                tokens.add(f.get());
            }
            // then
            assertThat(tokens).containsOnly("shared");
            assertThat(server.hits(TOKEN_PATH)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusalCarriesTheIdentityProvidersAnswer() {
        // given
        server.script(TOKEN_PATH, Reply.json(400, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}"));

        // when / then
        assertThatThrownBy(provider::token)
                .isInstanceOf(GraphAuthenticationException.class)
                .hasMessageContaining("invalid_client")
                .hasMessageContaining("AADSTS7000215")
                .satisfies(e -> assertThat(((GraphAuthenticationException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void sendsNoTokenToForeignHosts() {
        // given
        server.script(TOKEN_PATH, Reply.json(200, token("t", 3600)));

        // when / then
        assertThat(provider.getAuthorizationToken(URI.create("https://evil.example.com/v1.0/users"), Map.of())).isEmpty();
        assertThat(provider.getAuthorizationToken(URI.create(server.baseUrl() + "/v1.0/users"), Map.of())).isEqualTo("t");
    }

    static String token(String value, int expiresIn) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\"" + value + "\"}";
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
