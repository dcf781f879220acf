package io.switchboard.presence.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.presence.config.PresenceConfig;
import io.switchboard.presence.identities.IdentityDirectory;
import io.switchboard.presence.platforms.PlatformRegistry;
import io.switchboard.presence.status.StatusBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps every matched user of a tenant with a sync account under a delegated presence subscription
 * (at most 650 users each): creates them, tops them up with new users, renews them before they
 * expire and re-creates them when Graph removed them. State is in memory: after a restart the old
 * subscriptions fail the new clientState and simply expire within the hour, while new ones are
 * created on the first check. The poll remains the safety net throughout.
 */
@ApplicationScoped
public class PresenceSubscriptionManager {

    private static final Logger LOG = Logger.getLogger(PresenceSubscriptionManager.class);

    private final PresenceConfig.Subscriptions config;
    private final PlatformRegistry platforms;
    private final IdentityDirectory identities;
    private final SubscriptionsGraphClient graph;
    private final StatusBoard status;
    private final Map<String, TenantSubscriptions> tenants = new ConcurrentHashMap<>();
    private final ExecutorService urgent = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "presence-subscriptions");
        t.setDaemon(true);
        return t;
    });

    public PresenceSubscriptionManager(PresenceConfig config, PlatformRegistry platforms, IdentityDirectory identities,
                                       SubscriptionsGraphClient graph, StatusBoard status) {
        this.config = config.subscriptions();
        this.platforms = platforms;
        this.identities = identities;
        this.graph = graph;
        this.status = status;
    }

    /** The tenant's subscriptions, if it has a sync account and the bridge can receive notifications. */
    public Optional<TenantSubscriptions> of(String tenantId) {
        if (config.notificationUrl().isEmpty() || !config.tenants().containsKey(tenantId)) {
            return Optional.empty();
        }
        return Optional.of(tenants.computeIfAbsent(tenantId, t -> new TenantSubscriptions()));
    }

    /** True while every matched user of the tenant is watched: the poll can slow down to a safety net. */
    public boolean covers(String tenantId) {
        return of(tenantId).map(s -> s.covers(identities.matchedUsers(tenantId), Instant.now())).orElse(false);
    }

    @Scheduled(every = "${switchboard.presence.subscriptions.check-every:30s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void maintainAll() {
        for (String tenantId : config.tenants().keySet()) {
            if (platforms.tenants().contains(tenantId)) {
                maintain(tenantId);
            }
        }
    }

    /** Graph removed a subscription or wants it re-authorised: act now, not at the next check. */
    public void lifecycle(String tenantId, String subscriptionId, String event) {
        urgent.execute(() -> {
            of(tenantId).ifPresent(s -> {
                if ("subscriptionRemoved".equals(event)) {
                    s.remove(subscriptionId);
                } else if ("reauthorizationRequired".equals(event)) {
                    // renewing with a fresh delegated token is how Graph wants a subscription re-authorised
                    s.find(subscriptionId).ifPresent(a -> s.put(new TenantSubscriptions.Active(a.id(), a.userIds(), Instant.EPOCH)));
                }
            });
            maintain(tenantId);
        });
    }

    synchronized void maintain(String tenantId) {
        TenantSubscriptions subscriptions = of(tenantId).orElse(null);
        if (subscriptions == null) {
            return;
        }
        try {
            renewDue(tenantId, subscriptions);
            Instant now = Instant.now();
            List<String> uncovered = subscriptions.uncovered(identities.matchedUsers(tenantId), now);
            if (!uncovered.isEmpty()) {
                create(tenantId, subscriptions, subscriptions.plan(uncovered, config.chunkSize(), now));
            }
        } catch (RuntimeException e) {
            String message = "presence subscriptions: " + e.getMessage() + " (the poll keeps the tenant in sync meanwhile)";
            LOG.warnf("tenant %s: %s", tenantId, message);
            status.error(tenantId, "-", message);
        }
    }

    private void renewDue(String tenantId, TenantSubscriptions subscriptions) {
        for (TenantSubscriptions.Active due : subscriptions.dueForRenewal(Instant.now(), config.renewBefore())) {
            try {
                JsonNode answer = graph.renew(tenantId, due.id(), expiry());
                subscriptions.put(new TenantSubscriptions.Active(due.id(), due.userIds(), expiresAt(answer)));
            } catch (SubscriptionsGraphClient.GraphCallFailed e) {
                if (e.status() != 404) {
                    throw e;
                }
                // Graph forgot it (expired, removed): its users count as uncovered and get a new one below
                subscriptions.remove(due.id());
                LOG.infof("tenant %s: presence subscription %s is gone, re-creating it", tenantId, due.id());
            }
        }
    }

    private void create(String tenantId, TenantSubscriptions subscriptions, TenantSubscriptions.Plan plan) {
        for (int i = 0; i < plan.chunks().size(); i++) {
            List<String> users = plan.chunks().get(i);
            ObjectNode body = JsonNodeFactory.instance.objectNode()
                    .put("changeType", "updated")
                    .put("notificationUrl", config.notificationUrl().orElseThrow())
                    .put("lifecycleNotificationUrl", config.notificationUrl().orElseThrow())
                    .put("resource", resource(users))
                    .put("expirationDateTime", expiry().toString())
                    .put("clientState", subscriptions.clientState());
            JsonNode answer = graph.create(tenantId, body);
            subscriptions.put(new TenantSubscriptions.Active(answer.path("id").asText(), new HashSet<>(users), expiresAt(answer)));
            if (i == 0 && plan.replace() != null) {
                subscriptions.remove(plan.replace().id());
                graph.delete(tenantId, plan.replace().id());
            }
        }
        LOG.infof("tenant %s: %d presence subscription(s) for %d users", tenantId, subscriptions.all().size(),
                subscriptions.all().stream().mapToInt(a -> a.userIds().size()).sum());
    }

    static String resource(List<String> userIds) {
        return "/communications/presences?$filter=id in (" + userIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")";
    }

    private Instant expiry() {
        return Instant.now().plus(config.lifetime()).truncatedTo(ChronoUnit.SECONDS);
    }

    private Instant expiresAt(JsonNode answer) {
        return answer.hasNonNull("expirationDateTime") ? OffsetDateTime.parse(answer.get("expirationDateTime").asText()).toInstant() : expiry();
    }

    void stop(@Observes ShutdownEvent event) {
        urgent.shutdownNow();
    }
}
