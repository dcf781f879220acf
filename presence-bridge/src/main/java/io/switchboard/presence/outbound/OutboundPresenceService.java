package io.switchboard.presence.outbound;

import io.switchboard.events.EventMeta;
import io.switchboard.events.presence.PresenceChanged;
import io.switchboard.events.presence.PresenceOrigin;
import io.switchboard.presence.identities.IdentityDirectory;
import io.switchboard.presence.mapping.EchoSuppression;
import io.switchboard.presence.mapping.TeamsPresence;
import io.switchboard.presence.platforms.Platform;
import io.switchboard.presence.platforms.PlatformRegistry;
import io.switchboard.presence.status.StatusBoard;
import io.switchboard.presence.users.UserPresence;
import io.switchboard.presence.users.UserPresenceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Teams → platforms: decides whether a polled Teams state is a real change (not the same as last
 * time, not the bridge's own session), publishes it and delivers it to each platform that does not
 * already hold that state.
 */
@ApplicationScoped
public class OutboundPresenceService {

    private final PlatformRegistry platforms;
    private final IdentityDirectory identities;
    private final UserPresenceRegistry users;
    private final PresenceChangedPublisher publisher;
    private final WebhookDelivery delivery;
    private final StatusBoard status;

    public OutboundPresenceService(PlatformRegistry platforms, IdentityDirectory identities, UserPresenceRegistry users,
                                   PresenceChangedPublisher publisher, WebhookDelivery delivery, StatusBoard status) {
        this.platforms = platforms;
        this.identities = identities;
        this.users = users;
        this.publisher = publisher;
        this.delivery = delivery;
        this.status = status;
    }

    /** Returns true when the observation was a real Teams change. */
    public boolean observed(String tenantId, String userId, TeamsPresence observed) {
        UserPresence user = users.get(tenantId, userId);
        UserPresence.Session session = user.session();
        EchoSuppression.TeamsObservation kind = EchoSuppression.classify(user.lastTeams(), observed,
                session == null ? null : session.presence());
        if (kind == EchoSuppression.TeamsObservation.UNCHANGED) {
            return false;
        }
        user.teamsSeen(observed);
        if (kind == EchoSuppression.TeamsObservation.ECHO) {
            // Teams now shows what one platform asked for: the others may still need to hear it, that one never.
            deliver(user, observed, session.platformId(), null);
            return false;
        }
        Instant now = Instant.now();
        long sequence = user.changed(PresenceOrigin.TEAMS, null, null, now);
        PresenceChanged changed = new PresenceChanged(EventMeta.origin(tenantId), userId, observed.availability(),
                observed.activity(), PresenceOrigin.TEAMS, null, null, sequence);
        publisher.publish(changed);
        deliver(user, observed, null, changed);
        return true;
    }

    private void deliver(UserPresence user, TeamsPresence observed, String skipPlatform, PresenceChanged changed) {
        for (Platform platform : platforms.of(user.tenantId())) {
            if (platform.platformId().equals(skipPlatform) || platform.webhookUrls().isEmpty()) {
                continue;
            }
            Optional<String> identity = identities.identityFor(user.tenantId(), platform.platformId(), user.userId());
            Optional<String> state = EchoSuppression.deliverable(platform.mapping(), observed, user.platformKnows(platform.platformId()));
            if (identity.isEmpty() || state.isEmpty()) {
                continue;
            }
            user.delivered(platform.platformId(), state.get());
            status.teamsChanged(user.tenantId(), platform.platformId());
            String eventId = changed != null ? changed.meta().eventId() : java.util.UUID.randomUUID().toString();
            long sequence = changed != null ? changed.sequence() : user.snapshot().sequence();
            Instant at = changed != null ? changed.meta().occurredAt() : Instant.now();
            delivery.deliver(platform, new OutboundPresence(eventId, user.tenantId(), platform.platformId(), identity.get(),
                    user.userId(), state.get(), observed.availability(), observed.activity(), PresenceOrigin.TEAMS.name(), sequence, at));
        }
    }
}
