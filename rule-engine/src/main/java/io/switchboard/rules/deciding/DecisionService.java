package io.switchboard.rules.deciding;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.messaging.outbox.Outbox;
import io.switchboard.rules.decisions.Decision;
import io.switchboard.rules.decisions.DecisionPolicy;
import io.switchboard.rules.support.RulesConfig;
import io.switchboard.rules.tenants.TenantContextLoader;
import io.switchboard.rules.users.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Step 2 of the provisioning saga: decide what a user change means for the user's number and publish
 * the decision. The user's snapshot, the decision history and the outbox row are written in the
 * caller's transaction, together with its inbox entry.
 */
@ApplicationScoped
public class DecisionService {

    private final TenantContextLoader tenants;
    private final UserRepository users;
    private final DecisionHistoryRepository history;
    private final Outbox outbox;
    private final RulesConfig config;
    private final MeterRegistry registry;
    private final DecisionPolicy policy = new DecisionPolicy();

    public DecisionService(TenantContextLoader tenants, UserRepository users, DecisionHistoryRepository history, Outbox outbox,
            RulesConfig config, MeterRegistry registry) {
        this.tenants = tenants;
        this.users = users;
        this.history = history;
        this.outbox = outbox;
        this.config = config;
        this.registry = registry;
    }

    public Uni<ProvisioningDecided> decide(Mutiny.Session session, UserChanged change) {
        String tenantId = change.meta().tenantId();
        return tenants.load(session, tenantId)
                .chain(context -> users.holding(session, tenantId, change.user().id()).map(holding -> {
                    Decision decision = policy.decide(change, context.rules(), context.ranges(), context.policy(),
                            holding.hasNumber());
                    ProvisioningDecided full = decision.toEvent(change, EventMeta.causedBy(change.meta()));
                    return new ProvisioningDecided(full.meta(), full.userId(), full.userPrincipalName(), full.trigger(),
                            full.action(), full.numberType(), full.candidates(),
                            ExplanationTrimmer.trim(full.explanation(), config.explanation().maxUnmatched()));
                }))
                .call(() -> users.remember(session, change))
                .call(event -> history.record(session, event, config.history().decisionsPerUser()))
                .call(event -> outbox.append(session, event))
                .invoke(event -> registry.counter("switchboard.rules.decisions",
                        List.of(io.micrometer.core.instrument.Tag.of("tenant", tenantId),
                                io.micrometer.core.instrument.Tag.of("action", event.action().name()))).increment());
    }
}
