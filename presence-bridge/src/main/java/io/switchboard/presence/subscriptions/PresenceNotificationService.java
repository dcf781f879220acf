package io.switchboard.presence.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.presence.graph.PresenceGraphClient;
import io.switchboard.presence.outbound.OutboundPresenceService;
import io.switchboard.presence.outbound.TeamsPresencePoller;
import io.switchboard.presence.status.StatusBoard;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Handles Graph's presence notifications. A change notification only names the user (without
 * {@code includeResourceData} and its certificate there is no state in it), so the named users'
 * presence is read with one app-only {@code getPresencesByUserId} per 650 users and goes down the
 * same path as a poll: only real changes are published and delivered. Lifecycle notifications go to
 * the subscription manager; {@code missed} asks for a poll right away.
 */
@ApplicationScoped
public class PresenceNotificationService {

    private static final Logger LOG = Logger.getLogger(PresenceNotificationService.class);
    private static final int MAX_IDS = 650;

    private final PresenceSubscriptionManager manager;
    private final PresenceGraphClient graph;
    private final OutboundPresenceService outbound;
    private final TeamsPresencePoller poller;
    private final StatusBoard status;

    public PresenceNotificationService(PresenceSubscriptionManager manager, PresenceGraphClient graph, OutboundPresenceService outbound,
                                       TeamsPresencePoller poller, StatusBoard status) {
        this.manager = manager;
        this.graph = graph;
        this.outbound = outbound;
        this.poller = poller;
        this.status = status;
    }

    /** Returns how many notifications were accepted (the others had an unknown tenant or a wrong clientState). */
    public int receive(JsonNode body) {
        Map<String, Set<String>> changedUsers = new LinkedHashMap<>();
        int accepted = 0;
        for (JsonNode item : body.path("value")) {
            String tenantId = item.path("tenantId").asText("");
            Optional<TenantSubscriptions> tenant = manager.of(tenantId);
            if (tenant.isEmpty() || !same(tenant.get().clientState(), item.path("clientState").asText(""))) {
                LOG.warnf("ignored a presence notification for tenant '%s' (subscription %s): unknown tenant or wrong clientState",
                        tenantId, item.path("subscriptionId").asText(""));
                continue;
            }
            accepted++;
            tenant.get().notified(Instant.now());
            String lifecycle = item.path("lifecycleEvent").asText("");
            if ("missed".equals(lifecycle)) {
                poller.pollSoon(tenantId);
            } else if (!lifecycle.isEmpty()) {
                manager.lifecycle(tenantId, item.path("subscriptionId").asText(""), lifecycle);
            } else if (item.path("resourceData").hasNonNull("id")) {
                changedUsers.computeIfAbsent(tenantId, t -> new LinkedHashSet<>()).add(item.path("resourceData").path("id").asText());
            }
        }
        changedUsers.forEach((tenantId, users) -> read(tenantId, users, manager.of(tenantId).orElseThrow()));
        return accepted;
    }

    private void read(String tenantId, Set<String> userIds, TenantSubscriptions subscriptions) {
        List<String> ids = new ArrayList<>(userIds);
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            List<String> batch = List.copyOf(ids.subList(from, Math.min(ids.size(), from + MAX_IDS)));
            graph.presences(tenantId, batch).whenComplete((presences, failure) -> {
                if (failure != null) {
                    // the safety-net poll reads these users again
                    status.error(tenantId, "-", "reading the presence of " + batch.size() + " notified users failed: " + failure.getMessage());
                    return;
                }
                presences.forEach((userId, presence) -> {
                    if (outbound.observed(tenantId, userId, presence)) {
                        subscriptions.changes.incrementAndGet();
                    }
                });
            });
        }
    }

    private static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
