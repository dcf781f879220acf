package io.switchboard.inventory.numbers;

import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/** Takes a number out of circulation and puts it back. Held numbers cannot be blocked: release them first. */
@ApplicationScoped
public class BlockingService {

    private final Mutiny.SessionFactory sessions;
    private final NumberRepository numbers;
    private final NumberTransitions transitions;

    public BlockingService(Mutiny.SessionFactory sessions, NumberRepository numbers, NumberTransitions transitions) {
        this.sessions = sessions;
        this.numbers = numbers;
        this.transitions = transitions;
    }

    public Uni<NumberView> block(String tenantId, String e164, String reason, String actor) {
        return move(tenantId, e164, NumberState.BLOCKED, Cause.user(actor, reasonOr(reason, "blocked"), null));
    }

    /** Unblocking also resolves a CONFLICT: the admin has checked the number is free in Teams. */
    public Uni<NumberView> unblock(String tenantId, String e164, String reason, String actor) {
        return move(tenantId, e164, NumberState.AVAILABLE, Cause.user(actor, reasonOr(reason, "unblocked"), null));
    }

    private Uni<NumberView> move(String tenantId, String e164, NumberState target, Cause cause) {
        return sessions.withTransaction(session -> numbers.lock(session, tenantId, e164).chain(found -> {
            InventoryNumber number = found.orElseThrow(() -> ProblemException.notFound("tenant " + tenantId + " has no number " + e164));
            if (target == NumberState.AVAILABLE && number.state() != NumberState.BLOCKED && number.state() != NumberState.CONFLICT) {
                throw ProblemException.conflict("number " + e164 + " is " + number.state() + "; only BLOCKED or CONFLICT numbers can be unblocked");
            }
            return transitions.apply(session, number, number.to(target, cause.reason()), cause);
        })).map(NumberView::of);
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }
}
