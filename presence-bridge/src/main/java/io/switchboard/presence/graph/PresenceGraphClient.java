package io.switchboard.presence.graph;

import com.microsoft.graph.communications.getpresencesbyuserid.GetPresencesByUserIdPostRequestBody;
import com.microsoft.graph.models.Presence;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.presence.clearpresence.ClearPresencePostRequestBody;
import com.microsoft.graph.users.item.presence.setpresence.SetPresencePostRequestBody;
import io.quarkus.runtime.ShutdownEvent;
import io.switchboard.graph.client.GraphClientOptions;
import io.switchboard.graph.client.GraphTenantConfig;
import io.switchboard.graph.client.TenantGraphClientFactory;
import io.switchboard.presence.config.PresenceConfig;
import io.switchboard.presence.mapping.TeamsPresence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bridge's Graph calls: setPresence / clearPresence with the bridge's session id (its client
 * id), and getPresencesByUserId. The SDK blocks, so every call runs on a pool of its own and
 * returns a future. The SDK's retry handler is off: callers see 429/503 with Retry-After and apply
 * the tenant's back-off themselves.
 */
@ApplicationScoped
public class PresenceGraphClient {

    private final PresenceConfig config;
    private final TenantGraphClientFactory factory = new TenantGraphClientFactory(GraphClientOptions.withoutRetries());
    private final ExecutorService pool;
    // per tenant id: saves building and hashing the tenant configuration on every one of thousands of calls a second
    private final Map<String, GraphServiceClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    public PresenceGraphClient(PresenceConfig config) {
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.graph().threads(), r -> {
            Thread t = new Thread(r, "graph-presence-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The setPresence session id: Graph wants the application (client) id. */
    public String sessionId(String tenantId) {
        var own = config.graph().tenants().get(tenantId);
        return own != null ? own.clientId() : config.graph().clientId();
    }

    public CompletableFuture<Void> setPresence(String tenantId, String userId, TeamsPresence presence, Duration expiration) {
        return CompletableFuture.runAsync(() -> {
            SetPresencePostRequestBody body = new SetPresencePostRequestBody();
            body.setSessionId(sessionId(tenantId));
            body.setAvailability(presence.availability());
            body.setActivity(presence.activity());
            body.setExpirationDuration(com.microsoft.kiota.PeriodAndDuration.ofDuration(expiration));
            client(tenantId).users().byUserId(userId).presence().setPresence().post(body);
        }, pool);
    }

    public CompletableFuture<Void> clearPresence(String tenantId, String userId) {
        return CompletableFuture.runAsync(() -> {
            ClearPresencePostRequestBody body = new ClearPresencePostRequestBody();
            body.setSessionId(sessionId(tenantId));
            client(tenantId).users().byUserId(userId).presence().clearPresence().post(body);
        }, pool);
    }

    /** Presence of up to 650 users, by user id; users Graph does not know are absent. */
    public CompletableFuture<Map<String, TeamsPresence>> presences(String tenantId, List<String> userIds) {
        return CompletableFuture.supplyAsync(() -> {
            GetPresencesByUserIdPostRequestBody body = new GetPresencesByUserIdPostRequestBody();
            body.setIds(userIds);
            var answer = client(tenantId).communications().getPresencesByUserId().post(body);
            Map<String, TeamsPresence> result = new LinkedHashMap<>();
            if (answer != null && answer.getValue() != null) {
                for (Presence p : answer.getValue()) {
                    if (p.getId() != null && p.getAvailability() != null) {
                        result.put(p.getId(), new TeamsPresence(p.getAvailability(), p.getActivity() == null ? p.getAvailability() : p.getActivity()));
                    }
                }
            }
            return result;
        }, pool);
    }

    private GraphServiceClient client(String tenantId) {
        return clients.computeIfAbsent(tenantId, t -> {
            var g = config.graph();
            var own = g.tenants().get(t);
            return factory.clientFor(new GraphTenantConfig(t, own != null ? own.clientId() : g.clientId(),
                    own != null ? own.clientSecret() : g.clientSecret(), g.tokenBaseUrl(), g.graphBaseUrl()));
        });
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
