package io.switchboard.directory.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.directory.graph.DirectoryGraphClient;
import io.switchboard.directory.graph.GraphCallException;
import io.switchboard.directory.sync.Transactions;
import io.switchboard.directory.tenants.DirectoryConfig;
import io.switchboard.directory.tenants.SyncState;
import io.switchboard.directory.tenants.SyncStateRepository;
import io.switchboard.directory.tenants.TenantRegistry;
import io.switchboard.directory.tenants.WatchedTenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps one Graph change-notification subscription on {@code users} per tenant when a public
 * notification URL is configured: creates it, renews it before it expires, re-creates it when Graph
 * forgot it. Each tenant has its own random {@code clientState}, kept in the database so that every
 * replica (and a restarted one) can check incoming notifications.
 */
@ApplicationScoped
public class SubscriptionManager {

    private static final Logger LOG = Logger.getLogger(SubscriptionManager.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DirectoryGraphClient graph;
    private final TenantRegistry tenants;
    private final SyncStateRepository states;
    private final Transactions transactions;
    private final DirectoryConfig config;
    private final Map<String, String> clientStates = new ConcurrentHashMap<>();

    public SubscriptionManager(DirectoryGraphClient graph, TenantRegistry tenants, SyncStateRepository states,
                               Transactions transactions, DirectoryConfig config) {
        this.graph = graph;
        this.tenants = tenants;
        this.states = states;
        this.transactions = transactions;
        this.config = config;
    }

    @Scheduled(every = "${switchboard.directory.notifications.check-every:60s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void maintain() {
        if (config.notifications().url().isEmpty()) {
            return;
        }
        for (WatchedTenant tenant : tenants.all()) {
            if (tenant.enabled() && tenant.notifications()) {
                try {
                    ensure(tenant);
                } catch (RuntimeException e) {
                    LOG.warnf("tenant %s: cannot create or renew the users subscription, the poll keeps it in sync meanwhile: %s",
                            tenant.tenantId(), e.getMessage());
                }
            }
        }
    }

    /** The clientState notifications for {@code tenantId} must carry, if the tenant has a subscription. */
    public Optional<String> clientState(String tenantId) {
        String cached = clientStates.get(tenantId);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (tenants.find(tenantId).isEmpty()) {
            return Optional.empty();
        }
        String stored = transactions.await(session -> states.load(session, tenantId)).clientState();
        if (stored != null) {
            clientStates.put(tenantId, stored);
        }
        return Optional.ofNullable(stored);
    }

    /** Creates or renews the tenant's subscription when it is missing or expires within the renewal margin. */
    public void ensure(WatchedTenant tenant) {
        String tenantId = tenant.tenantId();
        SyncState state = transactions.await(session -> states.load(session, tenantId));
        Instant now = Instant.now();
        if (state.subscriptionId() != null && state.subscriptionExpiresAt() != null
                && state.subscriptionExpiresAt().isAfter(now.plus(config.notifications().renewBefore()))) {
            clientStates.put(tenantId, state.clientState());
            return;
        }
        String clientState = state.clientState() != null ? state.clientState() : newClientState();
        // Graph may validate the URL during the POST: the clientState must be known before.
        transactions.await(session -> states.saveClientState(session, tenantId, clientState));
        clientStates.put(tenantId, clientState);
        Instant expiry = now.plus(config.notifications().subscriptionLifetime()).truncatedTo(ChronoUnit.SECONDS);
        JsonNode answer = state.subscriptionId() == null ? null : renew(tenant, state.subscriptionId(), expiry);
        if (answer == null) {
            answer = create(tenant, clientState, expiry);
        }
        String id = answer.path("id").asText(state.subscriptionId());
        Instant expiresAt = answer.hasNonNull("expirationDateTime")
                ? OffsetDateTime.parse(answer.get("expirationDateTime").asText()).toInstant() : expiry;
        transactions.await(session -> states.saveSubscription(session, tenantId, id, expiresAt, clientState));
        LOG.infof("tenant %s: users subscription %s valid until %s", tenantId, id, expiresAt);
    }

    private JsonNode renew(WatchedTenant tenant, String subscriptionId, Instant expiry) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("expirationDateTime", expiry.toString());
        try {
            return graph.patch(tenant, "/subscriptions/" + subscriptionId, body);
        } catch (GraphCallException e) {
            if (e.details().status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private JsonNode create(WatchedTenant tenant, String clientState, Instant expiry) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("changeType", "updated,deleted")
                .put("notificationUrl", config.notifications().url().orElseThrow())
                .put("resource", "users")
                .put("expirationDateTime", expiry.toString())
                .put("clientState", clientState);
        return graph.post(tenant, "/subscriptions", body);
    }

    private static String newClientState() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
