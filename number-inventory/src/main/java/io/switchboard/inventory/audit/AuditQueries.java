package io.switchboard.inventory.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** The audit trail for the REST API: per number and per user. */
@ApplicationScoped
public class AuditQueries {

    private final Mutiny.SessionFactory sessions;
    private final AuditTrail trail;

    public AuditQueries(Mutiny.SessionFactory sessions, AuditTrail trail) {
        this.sessions = sessions;
        this.trail = trail;
    }

    public Uni<List<AuditEntry>> ofNumber(String tenantId, String e164) {
        return sessions.withSession(session -> trail.ofNumber(session, tenantId, e164));
    }

    public Uni<List<AuditEntry>> ofUser(String tenantId, String userId) {
        return sessions.withSession(session -> trail.ofUser(session, tenantId, userId));
    }
}
