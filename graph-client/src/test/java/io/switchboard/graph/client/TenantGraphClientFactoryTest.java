package io.switchboard.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import io.switchboard.graph.client.FakeGraphServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantGraphClientFactoryTest {

    private static final String TOKEN_PATH = "/t1/oauth2/v2.0/token";
    private static final String USER_PATH = "/v1.0/users/u1";
    private static final String THROTTLED = "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}";

    private FakeGraphServer server;
    private GraphTenantConfig config;

    @BeforeEach
    void start() throws Exception {
        server = new FakeGraphServer();
        config = new GraphTenantConfig("t1", "client", "secret", server.baseUrl(), server.baseUrl() + "/v1.0/");
        server.script(TOKEN_PATH, Reply.json(200, ClientCredentialsTokenProviderTest.token("tok", 3600)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void callsTheConfiguredGraphWithABearerToken() {
        // given
        server.script(USER_PATH, Reply.json(200, "{\"id\":\"u1\",\"displayName\":\"Ada\"}"));
        GraphServiceClient client = TenantGraphClientFactory.create(config, GraphClientOptions.defaults());

        // when
        User user = client.users().byUserId("u1").get();

        // then
        assertThat(user.getDisplayName()).isEqualTo("Ada");
        assertThat(server.lastAuthorization(USER_PATH)).isEqualTo("Bearer tok");
    }

    @Test
    void aTokenGraphRejectsIsRenewedAndTheRequestSentOnceMore() {
        // given a cached token that Graph stops accepting (e.g. its signing keys rotated)
        server.script(TOKEN_PATH, Reply.json(200, ClientCredentialsTokenProviderTest.token("old", 3600)),
                Reply.json(200, ClientCredentialsTokenProviderTest.token("new", 3600)));
        server.script(USER_PATH, Reply.json(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Invalid signature\"}}"),
                Reply.json(200, "{\"id\":\"u1\",\"displayName\":\"Ada\"}"));
        GraphServiceClient client = TenantGraphClientFactory.create(config, GraphClientOptions.withoutRetries());

        // when
        User user = client.users().byUserId("u1").get();

        // then the call succeeds with a fresh token
        assertThat(user.getDisplayName()).isEqualTo("Ada");
        assertThat(server.lastAuthorization(USER_PATH)).isEqualTo("Bearer new");
    }

    @Test
    void withoutRetriesA429ReachesTheCallerWithRetryAfter() {
        // given
        server.script(USER_PATH, new Reply(429, THROTTLED, Map.of("Retry-After", "7")));
        GraphServiceClient client = TenantGraphClientFactory.create(config, GraphClientOptions.withoutRetries());

        // when
        ApiException e = catchThrowableOfType(ApiException.class, () -> client.users().byUserId("u1").get());

        // then
        GraphErrorDetails details = GraphErrorDetails.from(e);
        assertThat(details.status()).isEqualTo(429);
        assertThat(details.code()).isEqualTo("TooManyRequests");
        assertThat(details.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(details.transientFailure()).isTrue();
        assertThat(server.hits(USER_PATH)).isEqualTo(1);
    }

    @Test
    void withRetriesTheSdkRetriesA429Itself() {
        // given a throttled first answer and a good second one
        server.script(USER_PATH, new Reply(429, THROTTLED, Map.of("Retry-After", "0")),
                Reply.json(200, "{\"id\":\"u1\",\"displayName\":\"Ada\"}"));
        GraphServiceClient client = TenantGraphClientFactory.create(config, new GraphClientOptions(2, null, null));

        // when
        User user = client.users().byUserId("u1").get();

        // then
        assertThat(user.getId()).isEqualTo("u1");
        assertThat(server.hits(USER_PATH)).isEqualTo(2);
    }

    @Test
    void cachesOneClientPerConfiguration() {
        TenantGraphClientFactory clients = new TenantGraphClientFactory(GraphClientOptions.withoutRetries());
        GraphTenantConfig same = new GraphTenantConfig("t1", "client", "secret", server.baseUrl(), server.baseUrl() + "/v1.0");
        GraphTenantConfig other = new GraphTenantConfig("t2", "client", "secret", server.baseUrl(), server.baseUrl() + "/v1.0");

        assertThat(clients.clientFor(config)).isSameAs(clients.clientFor(same)).isNotSameAs(clients.clientFor(other));
    }

    @Test
    void keepsManyConcurrentConnectionsForReuse() throws Exception {
        // given a client and ten requests in flight at once, each holding its own connection
        server.script(USER_PATH, Reply.json(200, "{\"id\":\"u1\"}"));
        OkHttpClient http = TenantGraphClientFactory.httpClient(GraphClientOptions.withoutRetries());
        List<Response> inFlight = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            inFlight.add(http.newCall(new Request.Builder().url(server.baseUrl() + USER_PATH).build()).execute());
        }
        assertThat(http.connectionPool().connectionCount()).isEqualTo(10);

        // when they complete
        for (Response response : inFlight) {
            assertThat(response.body().string()).contains("u1");
        }

        // then all ten stay open for the next calls (OkHttp's default pool would keep only five)
        assertThat(http.connectionPool().idleConnectionCount()).isEqualTo(10);
        assertThat(GraphClientOptions.withoutRetries().withConnectionPool(8, Duration.ofMinutes(1)).maxIdleConnections()).isEqualTo(8);
    }

    @Test
    void parsesRetryAfterInBothForms() {
        assertThat(GraphErrorDetails.parseRetryAfter("12")).contains(Duration.ofSeconds(12));
        assertThat(GraphErrorDetails.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(GraphErrorDetails.parseRetryAfter("soon")).isEmpty();
    }
}
