package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberRepository;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.numbers.NumberTransitions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/** Carries out the rule-engine's decision for one user (the inventory's step of the saga). */
@ApplicationScoped
public class DecisionService {

    private final ReservationService reservations;
    private final ReservationEvents events;
    private final ReleaseService releases;
    private final NumberRepository numbers;
    private final NumberTransitions transitions;

    public DecisionService(ReservationService reservations, ReservationEvents events, ReleaseService releases,
                           NumberRepository numbers, NumberTransitions transitions) {
        this.reservations = reservations;
        this.events = events;
        this.releases = releases;
        this.numbers = numbers;
        this.transitions = transitions;
    }

    /** Call inside the transaction that recorded the decision in the inbox. */
    public Uni<Void> act(Mutiny.Session session, ProvisioningDecided decision) {
        String summary = decision.explanation() == null ? "" : ": " + decision.explanation().summary();
        Cause cause = Cause.event(decision, decision.action() + summary);
        return switch (decision.action()) {
            case ASSIGN -> assign(session, decision, cause);
            case RELEASE -> withHeld(session, decision, number -> releases.release(session, number,
                    EventMeta.causedBy(decision.meta()), cause).replaceWithVoid());
            case RETAIN -> withHeld(session, decision, number -> number.state() == NumberState.ASSIGNED
                    ? transitions.apply(session, number, number.to(NumberState.RETAINED, cause.reason()), cause).replaceWithVoid()
                    : transitions.note(session, number, cause.because("RETAIN ignored: the number is " + number.state())));
            case RESTORE -> withHeld(session, decision, number -> number.state() == NumberState.RETAINED
                    ? transitions.apply(session, number, number.to(NumberState.ASSIGNED, cause.reason()), cause).replaceWithVoid()
                    : transitions.note(session, number, cause.because("RESTORE ignored: the number is " + number.state())));
            case NONE -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> assign(Mutiny.Session session, ProvisioningDecided decision, Cause cause) {
        List<String> candidates = decision.candidates().stream().map(CandidateRange::rangeId).toList();
        String decisionId = decision.meta().eventId();
        return reservations.reserve(session, decision.meta().tenantId(), decision.userId(), candidates, decisionId, cause)
                .chain(outcome -> explainAlreadyHolds(session, outcome, decisionId, cause).chain(() ->
                        events.publish(session, outcome, EventMeta.causedBy(decision.meta()), decision.userId(), decisionId)));
    }

    /**
     * The user's history says why an ASSIGN gave them nothing new (e.g. an override got there first);
     * the same decision seen again changes nothing and says nothing.
     */
    private Uni<Void> explainAlreadyHolds(Mutiny.Session session, ReservationOutcome outcome, String decisionId, Cause cause) {
        if (!(outcome instanceof ReservationOutcome.AlreadyHolds holds) || decisionId.equals(holds.number().decisionId())) {
            return Uni.createFrom().voidItem();
        }
        InventoryNumber number = holds.number();
        return transitions.note(session, number, cause.because("ASSIGN ignored: the user already holds " + number.e164()
                + " (" + number.state() + ")"));
    }

    /** Acts on the user's held number; a user who holds none has nothing to release, retain or restore. */
    private Uni<Void> withHeld(Mutiny.Session session, ProvisioningDecided decision, Function<InventoryNumber, Uni<Void>> action) {
        return numbers.lockHeldBy(session, decision.meta().tenantId(), decision.userId())
                .chain(held -> held.map(action).orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
