package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.Observation;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberRepository;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.numbers.NumberTransitions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Adopts what reconciliation found in Teams. A number Teams shows assigned becomes ASSIGNED to that
 * user (brownfield), so the saga never hands the user a second one; it never takes a number away
 * from another user silently: that is a CONFLICT for an admin.
 */
@ApplicationScoped
public class ObservationService {

    private static final EnumSet<NumberState> ADOPTABLE = EnumSet.of(NumberState.AVAILABLE, NumberState.QUARANTINED, NumberState.CONFLICT);

    private final NumberRepository numbers;
    private final NumberTransitions transitions;

    public ObservationService(NumberRepository numbers, NumberTransitions transitions) {
        this.numbers = numbers;
        this.transitions = transitions;
    }

    public Uni<Void> observed(Mutiny.Session session, AssignmentObserved event) {
        String tenant = event.meta().tenantId();
        Cause cause = Cause.event(event, "observed in Teams: " + event.observation());
        return numbers.lock(session, tenant, event.phoneNumber()).chain(found -> {
            if (found.isEmpty()) {
                return transitions.note(session, tenant, event.phoneNumber(), event.userId(),
                        cause.because(cause.reason() + "; the number is in no range of the inventory"));
            }
            InventoryNumber number = found.get();
            return event.observation() == Observation.REMOVED_OUTSIDE
                    ? removed(session, event, number, cause)
                    : assigned(session, event, number, cause);
        });
    }

    private Uni<Void> removed(Mutiny.Session session, AssignmentObserved event, InventoryNumber number, Cause cause) {
        boolean users = event.userId().equals(number.userId());
        boolean freeable = number.state() == NumberState.ASSIGNED || number.state() == NumberState.RETAINED
                || number.state() == NumberState.RELEASING;
        if (!users || !freeable) {
            return transitions.note(session, number, cause.because(cause.reason() + " for user " + event.userId()
                    + " but the number is " + number.state() + "; nothing changed"));
        }
        return transitions.apply(session, number, number.freed(Instant.now(), cause.reason()), cause).replaceWithVoid();
    }

    private Uni<Void> assigned(Mutiny.Session session, AssignmentObserved event, InventoryNumber number, Cause cause) {
        String user = event.userId();
        if (user.equals(number.userId())) {
            return number.state() == NumberState.RESERVED
                    ? transitions.apply(session, number, number.to(NumberState.ASSIGNED, cause.reason()), cause).replaceWithVoid()
                    : transitions.note(session, number, cause.because(cause.reason() + "; already " + number.state() + " to this user"));
        }
        if (number.state().held()) {
            String why = cause.reason() + ": Teams shows it assigned to " + user + " while the inventory gave it to " + number.userId();
            return transitions.apply(session, number, number.to(NumberState.CONFLICT, why), cause.because(why)).replaceWithVoid();
        }
        if (!ADOPTABLE.contains(number.state())) {
            return transitions.note(session, number, cause.because(cause.reason() + " for user " + user
                    + " but the number is " + number.state() + "; not adopted"));
        }
        return numbers.lockHeldBy(session, number.tenantId(), user).chain(held -> {
            if (held.isPresent()) {
                return transitions.note(session, number, cause.because(cause.reason() + " for user " + user
                        + " who holds " + held.get().e164() + " in the inventory; not adopted, resolve by an override"));
            }
            Cause adopt = cause.because("adopted: " + cause.reason());
            return transitions.apply(session, number, number.to(NumberState.ASSIGNED, adopt.reason()).withUser(user), adopt)
                    .replaceWithVoid();
        });
    }
}
