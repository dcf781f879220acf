package io.switchboard.presence.inbound;

import com.microsoft.kiota.ApiException;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.graph.client.GraphErrorDetails;
import io.switchboard.presence.config.PresenceConfig;
import io.switchboard.presence.graph.PresenceGraphClient;
import io.switchboard.presence.mapping.SessionAggregate;
import io.switchboard.presence.mapping.TeamsPresence;
import io.switchboard.presence.status.StatusBoard;
import io.switchboard.presence.users.CoalescingLanes;
import io.switchboard.presence.users.UserPresence;
import io.switchboard.presence.users.UserPresenceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the bridge's setPresence session of each user equal to what the platforms ask for: set when
 * it differs, refreshed before it expires for as long as the platform state lasts, cleared when no
 * platform asks for anything. One Graph call at a time per user; a burst collapses to the latest
 * state (see {@link CoalescingLanes}).
 */
@ApplicationScoped
public class PresenceSessions {

    private static final Logger LOG = Logger.getLogger(PresenceSessions.class);
    private static final int MAX_ATTEMPTS = 5;

    /** A reason to look at a user's session: who triggered it and when the platform observed the state. */
    record Trigger(UserPresence user, String platformId, Instant observedAt) {
    }

    private final PresenceGraphClient graph;
    private final PresenceConfig.Session config;
    private final UserPresenceRegistry users;
    private final StatusBoard status;
    private final CoalescingLanes<String, Trigger> lanes = new CoalescingLanes<>((key, trigger) -> sync(trigger, 1));

    public PresenceSessions(PresenceGraphClient graph, PresenceConfig config, UserPresenceRegistry users, StatusBoard status) {
        this.graph = graph;
        this.config = config.session();
        this.users = users;
        this.status = status;
    }

    public void apply(UserPresence user, String platformId, Instant observedAt) {
        lanes.submit(user.tenantId() + "/" + user.userId(), new Trigger(user, platformId, observedAt));
    }

    /** Re-sets sessions that would otherwise expire while their platform state lasts. */
    @Scheduled(every = "${switchboard.presence.session.refresh-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshExpiring() {
        Instant due = Instant.now().plus(config.refreshAhead());
        for (UserPresence user : users.all()) {
            UserPresence.Session session = user.session();
            if (session != null && !session.expiresAt().isAfter(due)) {
                lanes.submit(user.tenantId() + "/" + user.userId(), new Trigger(user, null, null));
            }
        }
    }

    private CompletableFuture<Void> sync(Trigger trigger, int attempt) {
        UserPresence user = trigger.user();
        Optional<Map.Entry<String, TeamsPresence>> wanted = SessionAggregate.strongest(user.wanted());
        UserPresence.Session current = user.session();
        Instant now = Instant.now();
        CompletableFuture<Void> call;
        UserPresence.Session next;
        if (wanted.isEmpty()) {
            if (current == null) {
                return done(trigger);
            }
            call = graph.clearPresence(user.tenantId(), user.userId());
            next = null;
        } else {
            TeamsPresence pair = wanted.get().getValue();
            boolean fresh = current != null && current.expiresAt().isAfter(now.plus(config.refreshAhead()));
            if (fresh && current.presence().equals(pair)) {
                user.session(new UserPresence.Session(wanted.get().getKey(), pair, current.expiresAt()));
                return done(trigger);
            }
            call = graph.setPresence(user.tenantId(), user.userId(), pair, config.expiration());
            next = new UserPresence.Session(wanted.get().getKey(), pair, now.plus(config.expiration()));
        }
        return call.handle((ok, failure) -> {
            if (failure == null) {
                user.session(next);
                return done(trigger);
            }
            return retry(trigger, attempt, failure);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Void> retry(Trigger trigger, int attempt, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        GraphErrorDetails details = cause instanceof ApiException api ? GraphErrorDetails.from(api) : null;
        boolean transientFailure = details == null || details.transientFailure();
        UserPresence user = trigger.user();
        String what = details == null ? cause.toString() : details.status() + " " + details.code() + " " + details.message();
        if (!transientFailure || attempt >= MAX_ATTEMPTS) {
            String message = "setPresence/clearPresence for user " + user.userId() + " failed after " + attempt + " attempt(s): " + what;
            LOG.warn(message);
            status.error(user.tenantId(), trigger.platformId() == null ? "-" : trigger.platformId(), message);
            return CompletableFuture.completedFuture(null);
        }
        long delay = details != null && details.retryAfter().isPresent() ? details.retryAfter().get().toMillis() : 200L << attempt;
        return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> sync(trigger, attempt + 1));
    }

    private CompletableFuture<Void> done(Trigger trigger) {
        if (trigger.observedAt() != null) {
            status.applied(trigger.user().tenantId(), trigger.platformId(), Duration.between(trigger.observedAt(), Instant.now()));
        }
        return CompletableFuture.completedFuture(null);
    }
}
