package io.switchboard.graph.subscriptions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.tenants.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jboss.logging.Logger;

/**
 * Queues change notifications and POSTs them in batches on each tick, asynchronously, like Graph:
 * {@code {"value":[{subscriptionId, clientState, changeType, resource, resourceData, ...}]}}.
 * Failed deliveries are retried a few times and then dropped (receivers must catch up by delta or poll).
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);
    private static final int MAX_BATCH = 100;
    private static final int MAX_ATTEMPTS = 5;

    private record Pending(Subscription subscription, ObjectNode item, int attempts) {
    }

    private final SimClock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Queue<Pending>> queues = new ConcurrentHashMap<>();

    public NotificationService(SimClock clock) {
        this.clock = clock;
    }

    public HttpClient http() {
        return http;
    }

    public void userChanged(Tenant tenant, String userId, String changeType) {
        Instant now = clock.now();
        for (Subscription s : tenant.subscriptions().all()) {
            if (s.kind() == Subscription.Kind.USERS && s.changeTypes().contains(changeType) && s.expirationDateTime().isAfter(now)) {
                String resource = "Users/" + userId;
                enqueue(s, item(s, changeType, resource, "#Microsoft.Graph.User", userId, tenant.id()));
            }
        }
    }

    public void presenceChanged(Tenant tenant, String userId) {
        Instant now = clock.now();
        String key = userId.toLowerCase(java.util.Locale.ROOT);
        for (Subscription s : tenant.subscriptions().all()) {
            if (s.kind() == Subscription.Kind.PRESENCE && s.userIds().contains(key) && s.expirationDateTime().isAfter(now)) {
                String resource = "communications/presences('" + userId + "')";
                enqueue(s, item(s, "updated", resource, "#Microsoft.Graph.presence", userId, tenant.id()));
            }
        }
    }

    /** Sends what has queued up since the last tick, one POST per subscription and batch. */
    public void flush() {
        for (Map.Entry<String, Queue<Pending>> entry : queues.entrySet()) {
            Queue<Pending> queue = entry.getValue();
            while (!queue.isEmpty()) {
                List<Pending> batch = new ArrayList<>();
                Pending p;
                while (batch.size() < MAX_BATCH && (p = queue.poll()) != null) {
                    batch.add(p);
                }
                if (!batch.isEmpty()) {
                    send(batch, queue);
                }
            }
        }
    }

    public void clear() {
        queues.clear();
    }

    private void send(List<Pending> batch, Queue<Pending> queue) {
        ObjectNode body = Json.object();
        ArrayNode value = body.putArray("value");
        batch.forEach(p -> value.add(p.item()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(batch.get(0).subscription().notificationUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            boolean ok = error == null && response.statusCode() / 100 == 2;
            if (!ok) {
                LOG.debugf("Notification delivery to %s failed: %s", request.uri(), error != null ? error : response.statusCode());
                batch.stream().filter(p -> p.attempts() + 1 < MAX_ATTEMPTS)
                        .forEach(p -> queue.add(new Pending(p.subscription(), p.item(), p.attempts() + 1)));
            }
        });
    }

    private void enqueue(Subscription s, ObjectNode item) {
        queues.computeIfAbsent(s.id(), id -> new ConcurrentLinkedQueue<>()).add(new Pending(s, item, 0));
    }

    private static ObjectNode item(Subscription s, String changeType, String resource, String type, String id, String tenantId) {
        ObjectNode item = Json.object();
        item.put("subscriptionId", s.id());
        item.put("subscriptionExpirationDateTime", Json.timestamp(s.expirationDateTime()));
        item.put("changeType", changeType);
        item.put("resource", resource);
        ObjectNode data = item.putObject("resourceData");
        data.put("@odata.type", type);
        data.put("@odata.id", resource);
        data.put("id", id);
        data.put("organizationId", tenantId);
        item.put("clientState", s.clientState());
        item.put("tenantId", tenantId);
        return item;
    }
}
