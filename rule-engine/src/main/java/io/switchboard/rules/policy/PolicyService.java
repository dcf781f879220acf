package io.switchboard.rules.policy;

import io.smallrye.mutiny.Uni;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rules.decisions.TenantPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads and changes a tenant's lifecycle settings. */
@ApplicationScoped
public class PolicyService {

    private final Mutiny.SessionFactory sessions;

    public PolicyService(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The policy decisions use, inside the caller's session. */
    public Uni<TenantPolicy> policy(Mutiny.Session session, String tenantId) {
        return session.find(TenantPolicySettings.class, tenantId)
                .map(settings -> settings == null ? TenantPolicy.DEFAULTS : settings.policy());
    }

    public Uni<PolicyView> get(String tenantId) {
        return sessions.withSession(session -> session.find(TenantPolicySettings.class, tenantId)).map(PolicyView::of);
    }

    public Uni<PolicyView> change(String tenantId, PolicyRequest request, String actor) {
        if (request == null) {
            throw ProblemException.badRequest("the request has no body; send {\"automaticRenumberingOnMove\": true, ...}");
        }
        return sessions.withTransaction(session -> session.find(TenantPolicySettings.class, tenantId).chain(found -> {
            long current = found == null ? 0 : found.version;
            if (request.version() != null && request.version() != current) {
                throw ProblemException.conflict("the policy of tenant '" + tenantId + "' is at version " + current
                        + ", not " + request.version() + "; reload it and apply your change again");
            }
            TenantPolicySettings settings = found == null ? new TenantPolicySettings(tenantId) : found;
            if (request.allowDirectRoutingFallbackForCallingPlanUsers() != null) {
                settings.allowDrFallback = request.allowDirectRoutingFallbackForCallingPlanUsers();
            }
            if (request.automaticRenumberingOnMove() != null) {
                settings.automaticRenumbering = request.automaticRenumberingOnMove();
            }
            settings.version = current + 1;
            settings.updatedAt = Instant.now();
            settings.updatedBy = actor;
            return (found == null ? session.persist(settings) : Uni.createFrom().voidItem()).replaceWith(settings);
        })).map(PolicyView::of);
    }
}
