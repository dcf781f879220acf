package io.switchboard.presence.inbound;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.presence.PlatformPresenceReported;
import io.switchboard.messaging.incoming.EventHandling;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Platform presence from adapters on {@code presence.platform-events}; the same path as the webhook.
 * Malformed records, unknown platforms and unknown states go to {@code presence.platform-events.dlq}
 * with the reason. No inbox: presence is idempotent (a replayed state is dropped as stale or sets
 * the same session again).
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final InboundPresenceService inbound;

    public PlatformEventsConsumer(InboundPresenceService inbound) {
        this.inbound = inbound;
    }

    @Incoming("platform-events")
    public Uni<Void> consume(Message<String> message) {
        return EventHandling.handle(message, incoming -> {
            inbound.report(incoming.as(PlatformPresenceReported.class));
            return Uni.createFrom().voidItem();
        });
    }
}
