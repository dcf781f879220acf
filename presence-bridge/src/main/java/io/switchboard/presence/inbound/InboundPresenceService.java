package io.switchboard.presence.inbound;

import io.switchboard.events.EventMeta;
import io.switchboard.events.presence.PlatformPresenceReported;
import io.switchboard.events.presence.PresenceChanged;
import io.switchboard.events.presence.PresenceOrigin;
import io.switchboard.presence.identities.IdentityDirectory;
import io.switchboard.presence.mapping.EchoSuppression;
import io.switchboard.presence.mapping.InboundAction;
import io.switchboard.presence.mapping.TeamsPresence;
import io.switchboard.presence.outbound.OutboundPresence;
import io.switchboard.presence.outbound.PresenceChangedPublisher;
import io.switchboard.presence.outbound.WebhookDelivery;
import io.switchboard.presence.platforms.Platform;
import io.switchboard.presence.platforms.PlatformRegistry;
import io.switchboard.presence.status.StatusBoard;
import io.switchboard.presence.users.UserPresence;
import io.switchboard.presence.users.UserPresenceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Platform → Teams, for both the signed webhook and the {@code presence.platform-events} topic:
 * map the platform state, find the Teams user, record the state (late events are dropped),
 * publish the change, tell the tenant's other platforms, and hand the user to the session keeper
 * that calls setPresence / clearPresence.
 */
@ApplicationScoped
public class InboundPresenceService {

    /** What became of one event. */
    public enum Outcome {
        APPLIED,
        UNMATCHED,
        STALE
    }

    private final PlatformRegistry platforms;
    private final IdentityDirectory identities;
    private final UserPresenceRegistry users;
    private final PresenceSessions sessions;
    private final PresenceChangedPublisher publisher;
    private final WebhookDelivery delivery;
    private final StatusBoard status;

    public InboundPresenceService(PlatformRegistry platforms, IdentityDirectory identities, UserPresenceRegistry users,
                                  PresenceSessions sessions, PresenceChangedPublisher publisher, WebhookDelivery delivery,
                                  StatusBoard status) {
        this.platforms = platforms;
        this.identities = identities;
        this.users = users;
        this.sessions = sessions;
        this.publisher = publisher;
        this.delivery = delivery;
        this.status = status;
    }

    /** @throws InboundRejected for an unknown platform or a state the platform's table does not know */
    public Outcome report(PlatformPresenceReported event) {
        String tenantId = event.meta().tenantId();
        Platform platform = platforms.find(tenantId, event.platformId()).orElseThrow(() -> new InboundRejected(
                "tenant " + tenantId + " has no platform '" + event.platformId() + "'; create it with PUT /api/tenants/"
                        + tenantId + "/platforms/" + event.platformId(), true));
        InboundAction action = platform.mapping().toTeams(event.state()).orElseThrow(() -> new InboundRejected(
                "platform " + event.platformId() + " of tenant " + tenantId + " sent state '" + event.state()
                        + "', which its mapping table does not know; known states: " + platform.mapping().inboundView().keySet()
                        + " (add it to the platform's inboundMapping)", false));
        Optional<String> userId = identities.userFor(tenantId, platform.platformId(), event.identity());
        if (userId.isEmpty()) {
            status.unmatched(tenantId, platform.platformId(), event.identity());
            return Outcome.UNMATCHED;
        }
        UserPresence user = users.get(tenantId, userId.get());
        TeamsPresence wanted = action instanceof InboundAction.Set set ? set.presence() : null;
        if (!user.report(platform.platformId(), new UserPresence.Report(event.state(), event.observedAt(), wanted))) {
            return Outcome.STALE;
        }
        sessions.apply(user, event.platformId(), event.observedAt());
        TeamsPresence shown = wanted != null ? wanted : TeamsPresence.OFFLINE;
        Instant now = Instant.now();
        long sequence = user.changed(PresenceOrigin.PLATFORM, platform.platformId(), event.state(), now);
        PresenceChanged changed = new PresenceChanged(EventMeta.causedBy(event.meta()), user.userId(), shown.availability(),
                shown.activity(), PresenceOrigin.PLATFORM, platform.platformId(), event.state(), sequence);
        publisher.publish(changed);
        if (wanted != null) {
            tellOtherPlatforms(platform, user, changed, wanted);
        }
        return Outcome.APPLIED;
    }

    private void tellOtherPlatforms(Platform origin, UserPresence user, PresenceChanged changed, TeamsPresence wanted) {
        for (Platform other : platforms.of(origin.tenantId())) {
            if (other.platformId().equals(origin.platformId()) || other.webhookUrls().isEmpty()) {
                continue; // a state never goes back to where it came from
            }
            Optional<String> identity = identities.identityFor(other.tenantId(), other.platformId(), user.userId());
            Optional<String> state = EchoSuppression.deliverable(other.mapping(), wanted, user.platformKnows(other.platformId()));
            if (identity.isPresent() && state.isPresent()) {
                user.delivered(other.platformId(), state.get());
                delivery.deliver(other, new OutboundPresence(changed.meta().eventId(), other.tenantId(), other.platformId(),
                        identity.get(), user.userId(), state.get(), wanted.availability(), wanted.activity(),
                        PresenceOrigin.PLATFORM.name(), changed.sequence(), changed.meta().occurredAt()));
            }
        }
    }
}
