package io.switchboard.graph.client;

import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Builds and caches one {@link GraphServiceClient} per tenant configuration.
 *
 * <p>The SDK is blocking (OkHttp): call the clients from worker threads, never from a Vert.x event loop.
 */
public class TenantGraphClientFactory {

    private final GraphClientOptions options;
    private final ConcurrentMap<GraphTenantConfig, GraphServiceClient> clients = new ConcurrentHashMap<>();

    public TenantGraphClientFactory(GraphClientOptions options) {
        this.options = options;
    }

    /** The cached client for this configuration, built on first use. */
    public GraphServiceClient clientFor(GraphTenantConfig config) {
        return clients.computeIfAbsent(config, c -> create(c, options));
    }

    /** Forgets a tenant's client, e.g. after its secret was rotated. */
    public void evict(GraphTenantConfig config) {
        clients.remove(config);
    }

    /** A new client with its own token cache and connection pool. */
    public static GraphServiceClient create(GraphTenantConfig config, GraphClientOptions options) {
        ClientCredentialsTokenProvider tokens = new ClientCredentialsTokenProvider(config);
        OkHttpClient http = httpClient(options).newBuilder().addInterceptor(new RenewTokenOn401(tokens)).build();
        GraphServiceClient client = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(tokens), http);
        client.getRequestAdapter().setBaseUrl(config.graphBaseUrl());
        return client;
    }

    static OkHttpClient httpClient(GraphClientOptions options) {
        // maxRetries 0 turns the SDK's retry handler into a pass-through: callers then see every 429/503
        // with its Retry-After and can apply their own per-tenant back-off.
        RetryHandlerOption retry = new RetryHandlerOption(RetryHandlerOption.DEFAULT_SHOULD_RETRY, options.maxRetries(),
                RetryHandlerOption.DEFAULT_DELAY);
        return GraphClientFactory.create(new RequestOption[] {retry})
                .connectTimeout(options.connectTimeout())
                .callTimeout(options.callTimeout())
                .connectionPool(new ConnectionPool(options.maxIdleConnections(), options.keepAlive().toMillis(), TimeUnit.MILLISECONDS))
                .build();
    }

    /**
     * A token Graph no longer accepts (keys rotated, token revoked, the simulator restarted) is
     * dropped from the cache and the request sent once more with a fresh one, instead of failing
     * every call until the cached token expires.
     */
    static final class RenewTokenOn401 implements okhttp3.Interceptor {

        private final ClientCredentialsTokenProvider tokens;

        RenewTokenOn401(ClientCredentialsTokenProvider tokens) {
            this.tokens = tokens;
        }

        @Override
        public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
            okhttp3.Request request = chain.request();
            okhttp3.Response response = chain.proceed(request);
            if (response.code() != 401 || request.header("Authorization") == null) {
                return response;
            }
            response.close();
            tokens.invalidate();
            return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + tokens.token()).build());
        }
    }
}
