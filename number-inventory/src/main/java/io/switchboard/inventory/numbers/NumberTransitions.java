package io.switchboard.inventory.numbers;

import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.audit.AuditTrail;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.publishing.RangeChanges;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one way a number changes state: check the transition, write it, audit it, and note that its
 * range's counts changed. Call inside the transaction that locked the number.
 */
@ApplicationScoped
public class NumberTransitions {

    private final NumberRepository numbers;
    private final AuditTrail audit;
    private final RangeChanges rangeChanges;

    public NumberTransitions(NumberRepository numbers, AuditTrail audit, RangeChanges rangeChanges) {
        this.numbers = numbers;
        this.audit = audit;
        this.rangeChanges = rangeChanges;
    }

    public Uni<InventoryNumber> apply(Mutiny.Session session, InventoryNumber current, InventoryNumber next, Cause cause) {
        NumberStateMachine.check(current.e164(), current.state(), next.state());
        return write(session, current, next, cause);
    }

    /**
     * Sets a free number to the state an admin declares it is in (a brownfield import: assigned,
     * retained, blocked or quarantined elsewhere before the inventory knew it). Not a transition of
     * the saga, so the state machine is not asked; the audit trail still records from and to.
     */
    public Uni<InventoryNumber> declare(Mutiny.Session session, InventoryNumber current, InventoryNumber next, Cause cause) {
        if (current.state() != NumberState.AVAILABLE) {
            throw new IllegalTransitionException(current.e164(), current.state(), next.state(), NumberStateMachine.next(current.state()));
        }
        return write(session, current, next, cause);
    }

    private Uni<InventoryNumber> write(Mutiny.Session session, InventoryNumber current, InventoryNumber next, Cause cause) {
        String user = next.userId() != null ? next.userId() : current.userId();
        return numbers.update(session, next)
                .chain(() -> audit.record(session, current.tenantId(), current.e164(), current.rangeId(), user,
                        current.state().name(), next.state().name(), cause))
                .invoke(() -> rangeChanges.touched(current.tenantId(), current.rangeId()))
                .replaceWith(next);
    }

    /** Records something that happened to a number without changing it (e.g. a retryable failure). */
    public Uni<Void> note(Mutiny.Session session, InventoryNumber number, Cause cause) {
        return audit.record(session, number.tenantId(), number.e164(), number.rangeId(), number.userId(),
                number.state().name(), number.state().name(), cause);
    }

    /** A note about a number or user the inventory does not hold in the expected way. */
    public Uni<Void> note(Mutiny.Session session, String tenantId, String e164, String userId, Cause cause) {
        return audit.record(session, tenantId, e164, null, userId, null, null, cause);
    }
}
