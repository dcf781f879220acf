package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.numbers.NumberTransitions;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** Takes a number back from its user: RELEASING now, free once Teams confirms the unassignment. */
@ApplicationScoped
public class ReleaseService {

    private final NumberTransitions transitions;
    private final Outbox outbox;

    public ReleaseService(NumberTransitions transitions, Outbox outbox) {
        this.transitions = transitions;
        this.outbox = outbox;
    }

    /** Call inside a transaction with the number locked; {@code meta} is the new event's envelope. */
    public Uni<ReleaseRequested> release(Mutiny.Session session, InventoryNumber number, EventMeta meta, Cause cause) {
        InventoryNumber next = number.to(NumberState.RELEASING, cause.reason()).withRelease(UUID.randomUUID().toString());
        ReleaseRequested event = new ReleaseRequested(meta, next.releaseId(), number.userId(), number.e164(),
                number.numberType(), cause.reason());
        return transitions.apply(session, number, next, cause)
                .chain(() -> outbox.append(session, event))
                .replaceWith(event);
    }
}
