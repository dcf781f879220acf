package io.switchboard.directory.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.directory.sync.SyncScheduler;
import io.switchboard.directory.tenants.DirectoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Handles a batch of Graph change notifications: each one whose clientState matches its tenant's asks
 * for a (debounced) delta round of that tenant. The notification's content is not trusted or used
 * beyond that: the delta round reads what really changed, so a lost or forged notification can at
 * worst delay or cause a harmless extra round.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final SubscriptionManager subscriptions;
    private final SyncScheduler scheduler;
    private final DirectoryConfig config;
    private final MeterRegistry registry;

    public NotificationService(SubscriptionManager subscriptions, SyncScheduler scheduler, DirectoryConfig config, MeterRegistry registry) {
        this.subscriptions = subscriptions;
        this.scheduler = scheduler;
        this.config = config;
        this.registry = registry;
    }

    /** Returns the tenants a round was requested for. */
    public Set<String> receive(JsonNode body) {
        Set<String> triggered = new LinkedHashSet<>();
        for (JsonNode notification : body.path("value")) {
            String tenantId = notification.path("tenantId").asText("");
            Optional<String> expected = tenantId.isEmpty() ? Optional.empty() : subscriptions.clientState(tenantId);
            if (expected.isEmpty() || !same(expected.get(), notification.path("clientState").asText(""))) {
                // Tag only with tenants we watch: the value comes from an unauthenticated request.
                String tag = expected.isPresent() ? tenantId : "unknown";
                registry.counter("switchboard.directory.notifications", "outcome", "rejected", "tenant", tag).increment();
                LOG.warnf("ignored a change notification for tenant '%s' (subscription %s): unknown tenant or wrong clientState",
                        tenantId, notification.path("subscriptionId").asText(""));
                continue;
            }
            registry.counter("switchboard.directory.notifications", "outcome", "accepted", "tenant", tenantId).increment();
            triggered.add(tenantId);
        }
        triggered.forEach(tenantId -> scheduler.request(tenantId, false, config.notifications().debounce()));
        return triggered;
    }

    private static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
