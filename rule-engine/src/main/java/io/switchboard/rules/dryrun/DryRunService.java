package io.switchboard.rules.dryrun;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.rest.problems.Problem.FieldError;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rules.decisions.CandidateSelector;
import io.switchboard.rules.decisions.Decision;
import io.switchboard.rules.decisions.DecisionPolicy;
import io.switchboard.rules.simulation.RangeDemandSimulation;
import io.switchboard.rules.simulation.SimulatedUser;
import io.switchboard.rules.simulation.SimulationResult;
import io.switchboard.rules.tenants.TenantContext;
import io.switchboard.rules.tenants.TenantContextLoader;
import io.switchboard.rules.users.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Dry runs and the range-demand simulation: they read the tenant's state and change nothing. */
@ApplicationScoped
public class DryRunService {

    static final LicenceView DEFAULT_LICENCES = new LicenceView(true, false, List.of(), List.of());

    private final Mutiny.SessionFactory sessions;
    private final TenantContextLoader tenants;
    private final UserRepository users;
    private final DecisionPolicy policy = new DecisionPolicy();

    public DryRunService(Mutiny.SessionFactory sessions, TenantContextLoader tenants, UserRepository users) {
        this.sessions = sessions;
        this.tenants = tenants;
        this.users = users;
    }

    public Uni<EvaluateResponse> evaluate(String tenantId, EvaluateRequest request) {
        boolean byId = request != null && request.userId() != null;
        boolean byAttributes = request != null && request.user() != null && !request.user().isNull();
        if (byId == byAttributes) {
            throw ProblemException.invalid("name a user the engine has seen or give attributes, not both",
                    List.of(new FieldError(byId ? "/user" : "", byId ? "send either 'userId' or 'user', not both"
                            : "expected {\"userId\": \"...\"} or {\"user\": {\"city\": \"London\", ...}}")));
        }
        UserChangeType changeType = request.changeType() == null ? UserChangeType.JOINED : request.changeType();
        return sessions.withSession(session -> {
            if (byAttributes) {
                DirectoryUser user = AttributeInput.toUser(request.user());
                LicenceView licences = request.licences() == null ? DEFAULT_LICENCES : request.licences();
                boolean hasNumber = Boolean.TRUE.equals(request.hasNumber());
                return tenants.load(session, tenantId)
                        .map(context -> evaluate(tenantId, context, user, licences, changeType, hasNumber));
            }
            return users.find(session, tenantId, request.userId()).chain(seen -> {
                if (seen == null) {
                    throw ProblemException.notFound("the engine has not seen user '" + request.userId() + "' of tenant '"
                            + tenantId + "' on directory.user-changes; give the attributes as 'user' instead");
                }
                boolean hasNumber = request.hasNumber() == null ? seen.holding().hasNumber() : request.hasNumber();
                LicenceView licences = request.licences() == null ? seen.licences() : request.licences();
                return tenants.load(session, tenantId)
                        .map(context -> evaluate(tenantId, context, seen.user(), licences, changeType, hasNumber));
            });
        });
    }

    public Uni<SimulationResult> simulate(String tenantId) {
        return sessions.withSession(session -> tenants.load(session, tenantId)
                .chain(context -> users.current(session, tenantId).map(seen -> RangeDemandSimulation.simulate(
                        seen.stream().map(u -> new SimulatedUser(u.user(), u.licences(), u.holding().hasNumber())).toList(),
                        context.rules(), context.ranges(), context.policy()))));
    }

    private EvaluateResponse evaluate(String tenantId, TenantContext context, DirectoryUser user, LicenceView licences,
            UserChangeType changeType, boolean hasNumber) {
        UserChanged change = new UserChanged(EventMeta.origin(tenantId), changeType, user, licences, List.of(), Map.of(), null);
        Decision decision = policy.decide(change, context.rules(), context.ranges(), context.policy(), hasNumber);
        CandidateSelector.Selection selection = CandidateSelector.select(user, licences, context.rules(), context.ranges(),
                context.policy());
        return new EvaluateResponse(user, licences, changeType, hasNumber, decision.action(), decision.numberType(),
                decision.candidates(), decision.explanation(), selection.candidates(), selection.evaluations());
    }
}
