package io.switchboard.presence.outbound;

import com.microsoft.kiota.ApiException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import io.switchboard.graph.client.GraphErrorDetails;
import io.switchboard.presence.config.PresenceConfig;
import io.switchboard.presence.graph.PresenceGraphClient;
import io.switchboard.presence.identities.IdentityDirectory;
import io.switchboard.presence.platforms.PlatformRegistry;
import io.switchboard.presence.status.StatusBoard;
import io.switchboard.presence.subscriptions.PresenceSubscriptionManager;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;

/**
 * App-only polling of {@code getPresencesByUserId}: one poller per tenant with platforms, reading
 * every matched user in batches of 650 per cycle, cycles spaced by {@link AdaptiveInterval} so the
 * tenant's request budget holds. Batches of a cycle run one after another: the budget, not
 * parallelism, limits how fast a tenant can be read. While delegated presence subscriptions watch
 * every matched user of a tenant, its poll only runs as a safety net (lost notifications, users not
 * yet subscribed), at most every {@code subscriptions.safety-net-interval}.
 */
@ApplicationScoped
public class TeamsPresencePoller {

    private static final Logger LOG = Logger.getLogger(TeamsPresencePoller.class);

    private final PresenceConfig.Poll config;
    private final PlatformRegistry platforms;
    private final IdentityDirectory identities;
    private final PresenceGraphClient graph;
    private final OutboundPresenceService outbound;
    private final StatusBoard status;
    private final PresenceSubscriptionManager subscriptions;
    private final Duration safetyNetInterval;
    private final ConcurrentMap<String, TenantPoll> polls = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "presence-poll-timer");
        t.setDaemon(true);
        return t;
    });

    private final class TenantPoll {
        final AdaptiveInterval interval = new AdaptiveInterval(config.budgetRequests(), config.budgetWindow(), config.budgetShare(),
                config.minInterval());
        volatile Instant nextAt = Instant.EPOCH;
        volatile Instant lastStartedAt;
        volatile boolean running;
    }

    public TeamsPresencePoller(PresenceConfig config, PlatformRegistry platforms, IdentityDirectory identities, PresenceGraphClient graph,
                               OutboundPresenceService outbound, StatusBoard status, PresenceSubscriptionManager subscriptions) {
        this.config = config.poll();
        this.platforms = platforms;
        this.identities = identities;
        this.graph = graph;
        this.outbound = outbound;
        this.status = status;
        this.subscriptions = subscriptions;
        this.safetyNetInterval = config.subscriptions().safetyNetInterval();
    }

    /** When the tenant is polled next, once it has been polled at all. */
    public Optional<Instant> nextPollAt(String tenantId) {
        return Optional.ofNullable(polls.get(tenantId)).map(p -> p.nextAt);
    }

    /** Polls the tenant at the next tick (e.g. Graph said notifications were missed). */
    public void pollSoon(String tenantId) {
        TenantPoll poll = polls.get(tenantId);
        if (poll != null) {
            poll.nextAt = Instant.EPOCH;
        }
    }

    // Quarkus' scheduler cannot tick faster than once a second, which would add up to a second to every detection.
    void start(@Observes StartupEvent event) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.warn("presence poll tick failed", e);
            }
        }, config.tick().toMillis(), config.tick().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
    }

    void tick() {
        if (!config.enabled()) {
            return;
        }
        Instant now = Instant.now();
        for (String tenantId : platforms.tenants()) {
            TenantPoll poll = polls.computeIfAbsent(tenantId, t -> new TenantPoll());
            if (!poll.running && !now.isBefore(poll.nextAt)) {
                poll.running = true;
                cycle(tenantId, poll, now);
            }
        }
    }

    private void cycle(String tenantId, TenantPoll poll, Instant startedAt) {
        List<String> users = identities.matchedUsers(tenantId);
        Duration sincePrevious = poll.lastStartedAt == null ? Duration.ZERO : Duration.between(poll.lastStartedAt, startedAt);
        poll.lastStartedAt = startedAt;
        CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(false);
        for (int from = 0; from < users.size(); from += config.batchSize()) {
            List<String> batch = users.subList(from, Math.min(users.size(), from + config.batchSize()));
            chain = chain.thenCompose(throttled -> throttled ? CompletableFuture.completedFuture(true) : batch(tenantId, batch, poll, sincePrevious));
        }
        int requests = AdaptiveInterval.requests(users.size(), config.batchSize());
        chain.whenComplete((throttled, failure) -> {
            if (failure == null && !Boolean.TRUE.equals(throttled)) {
                poll.interval.succeeded();
            }
            Duration interval = poll.interval.next(requests);
            if (subscriptions.covers(tenantId) && interval.compareTo(safetyNetInterval) < 0) {
                interval = safetyNetInterval;
            }
            Instant earliest = startedAt.plus(interval);
            if (earliest.isAfter(poll.nextAt)) {
                poll.nextAt = earliest;
            }
            poll.running = false;
        });
    }

    /** Completes with true when Graph throttled the tenant: the rest of the cycle is skipped. */
    private CompletableFuture<Boolean> batch(String tenantId, List<String> userIds, TenantPoll poll, Duration sincePrevious) {
        return graph.presences(tenantId, List.copyOf(userIds)).handle((presences, failure) -> {
            if (failure == null) {
                presences.forEach((userId, presence) -> {
                    if (outbound.observed(tenantId, userId, presence)) {
                        status.detected(tenantId, sincePrevious);
                    }
                });
                return false;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            GraphErrorDetails details = cause instanceof ApiException api ? GraphErrorDetails.from(api) : null;
            if (details != null && (details.status() == 429 || details.status() == 503)) {
                poll.interval.throttled();
                Duration wait = details.retryAfter().orElse(Duration.ofSeconds(5));
                poll.nextAt = Instant.now().plus(wait);
                LOG.infof("Graph throttled presence polling of tenant %s; next poll in %s (slowdown x%.1f)", tenantId, wait,
                        poll.interval.slowdown());
                return true;
            }
            String message = "getPresencesByUserId for " + userIds.size() + " users failed: "
                    + (details == null ? cause.toString() : details.status() + " " + details.code() + " " + details.message());
            LOG.warn(message);
            status.error(tenantId, "-", message);
            return false;
        });
    }
}
