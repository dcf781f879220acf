package io.switchboard.inventory.audit;

import io.switchboard.events.SwitchboardEvent;

/**
 * Who or what made a change and why, as the audit trail records it.
 *
 * @param actor         {@code user:<name>} for an admin, {@code event:<type>/<id>} for an event, {@code system:<job>}
 * @param correlationId the saga the change belongs to, if any
 */
public record Cause(String actor, String reason, String correlationId) {

    public static Cause event(SwitchboardEvent event, String reason) {
        return new Cause("event:" + event.getClass().getSimpleName() + "/" + event.meta().eventId(), reason,
                event.meta().correlationId());
    }

    public static Cause user(String name, String reason, String correlationId) {
        return new Cause("user:" + name, reason, correlationId);
    }

    public static Cause system(String job, String reason) {
        return new Cause("system:" + job, reason, null);
    }

    public Cause because(String otherReason) {
        return new Cause(actor, otherReason, correlationId);
    }
}
