package io.switchboard.inventory.overrides;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberRepository;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.numbers.NumberTransitions;
import io.switchboard.inventory.numbers.NumberView;
import io.switchboard.inventory.numbers.UniqueViolations;
import io.switchboard.inventory.ranges.RangeService;
import io.switchboard.inventory.reservations.ReleaseService;
import io.switchboard.inventory.reservations.ReservationEvents;
import io.switchboard.inventory.reservations.ReservationOutcome;
import io.switchboard.inventory.reservations.ReservationService;
import io.switchboard.messaging.outbox.Outbox;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * An admin sets or takes away a user's number at any time. The old number is released
 * (ReleaseRequested) and the new one reserved (NumberReserved) in one transaction, both in one
 * saga, and the audit trail names the admin.
 */
@ApplicationScoped
public class OverrideService {

    private final Mutiny.SessionFactory sessions;
    private final NumberRepository numbers;
    private final RangeService ranges;
    private final ReservationService reservations;
    private final ReleaseService releases;
    private final NumberTransitions transitions;
    private final Outbox outbox;

    public OverrideService(Mutiny.SessionFactory sessions, NumberRepository numbers, RangeService ranges,
                           ReservationService reservations, ReleaseService releases, NumberTransitions transitions,
                           Outbox outbox) {
        this.sessions = sessions;
        this.numbers = numbers;
        this.ranges = ranges;
        this.reservations = reservations;
        this.releases = releases;
        this.transitions = transitions;
        this.outbox = outbox;
    }

    public Uni<OverrideResult> assign(String tenantId, String userId, OverrideRequest request, String actor) {
        if ((request.phoneNumber() == null) == (request.rangeId() == null)) {
            throw ProblemException.badRequest("give either phoneNumber or rangeId");
        }
        EventMeta start = EventMeta.origin(tenantId);
        String what = request.phoneNumber() != null ? request.phoneNumber() : "the next free number of range " + request.rangeId();
        Cause cause = Cause.user(actor, "override: " + what + " for " + userId, start.correlationId());
        return sessions.withTransaction(session -> numbers.lockHeldBy(session, tenantId, userId).chain(held -> {
                    if (held.isPresent() && held.get().e164().equals(request.phoneNumber())) {
                        return alreadyHeld(session, held.get(), cause);
                    }
                    return pick(session, tenantId, userId, request).chain(picked -> picked.state().held()
                            // the saga reserved this very number for the user while we waited for its lock
                            ? alreadyHeld(session, picked, cause)
                            : replace(session, userId, held, picked, start, cause));
                }))
                .onFailure(f -> UniqueViolations.of(f, UniqueViolations.ONE_PER_USER)).retry().atMost(2)
                .invoke(outbox::committed);
    }

    public Uni<NumberView> release(String tenantId, String userId, String actor) {
        EventMeta start = EventMeta.origin(tenantId);
        Cause cause = Cause.user(actor, "override: number of " + userId + " released", start.correlationId());
        return sessions.withTransaction(session -> numbers.lockHeldBy(session, tenantId, userId).chain(held -> {
                    InventoryNumber number = held.orElseThrow(() -> ProblemException.notFound("user " + userId + " holds no number in tenant " + tenantId));
                    return releases.release(session, number, start, cause)
                            .replaceWith(NumberView.of(number.to(NumberState.RELEASING, cause.reason())));
                }))
                .invoke(outbox::committed);
    }

    /** Nothing to change; the user's history still shows that the admin asked. */
    private Uni<OverrideResult> alreadyHeld(Mutiny.Session session, InventoryNumber number, Cause cause) {
        return transitions.note(session, number, cause.because(cause.reason() + "; the user holds it already"))
                .replaceWith(new OverrideResult(NumberView.of(number), null));
    }

    /** The number to give: AVAILABLE or QUARANTINED, or one the user already holds (a concurrent reservation). */
    private Uni<InventoryNumber> pick(Mutiny.Session session, String tenantId, String userId, OverrideRequest request) {
        if (request.phoneNumber() != null) {
            return numbers.lock(session, tenantId, request.phoneNumber()).map(found -> {
                InventoryNumber number = found.orElseThrow(() -> ProblemException.notFound(
                        "tenant " + tenantId + " has no number " + request.phoneNumber() + "; add it to a range first"));
                if (number.state().held() && userId.equals(number.userId())) {
                    return number;
                }
                if (number.state() != NumberState.AVAILABLE && number.state() != NumberState.QUARANTINED) {
                    throw ProblemException.conflict("number " + number.e164() + " is " + number.state()
                            + (number.userId() == null ? "" : " for user " + number.userId())
                            + "; only AVAILABLE or QUARANTINED numbers can be given to a user");
                }
                return number;
            });
        }
        return ranges.existing(session, tenantId, request.rangeId())
                .chain(range -> numbers.lockNextAvailable(session, tenantId, range.id()))
                .map(found -> found.orElseThrow(() -> ProblemException.conflict("range " + request.rangeId() + " has no free number")));
    }

    private Uni<OverrideResult> replace(Mutiny.Session session, String userId, Optional<InventoryNumber> held, InventoryNumber picked,
                                        EventMeta start, Cause cause) {
        Uni<NumberView> released = held.isEmpty() ? Uni.createFrom().nullItem()
                : releases.release(session, held.get(), start, cause.because(cause.reason() + "; replaced by " + picked.e164()))
                .replaceWith(NumberView.of(held.get().to(NumberState.RELEASING, cause.reason())));
        EventMeta reservedMeta = held.isEmpty() ? start : EventMeta.causedBy(start);
        return released.chain(releasing -> reservations.take(session, picked, userId, List.of(picked.rangeId()), null, cause)
                .chain(outcome -> {
                    InventoryNumber reserved = ((ReservationOutcome.Reserved) outcome).number();
                    return outbox.append(session, ReservationEvents.reserved(reservedMeta, reserved))
                            .replaceWith(new OverrideResult(NumberView.of(reserved), releasing));
                }));
    }
}
